SELECT a.status,
           count(*) AS actions,
           CASE a.status WHEN 'complete' THEN 1 WHEN 'on_track' THEN 2 WHEN 'at_risk' THEN 3
                         WHEN 'off_track' THEN 4 ELSE 5 END AS ord
      FROM action a
      JOIN priority r ON r.id = a.priority_id
      JOIN paper p ON p.plan_id = r.plan_id
     WHERE p.id = :paper AND a.parent_id IS NOT NULL
     GROUP BY a.status
     ORDER BY ord