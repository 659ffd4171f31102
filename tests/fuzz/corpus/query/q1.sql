SELECT 'Priority ' || r.seq AS label,
           sum(a.status = 'complete') AS complete, sum(a.status = 'on_track') AS on_track,
           sum(a.status = 'at_risk') AS at_risk, sum(a.status = 'off_track') AS off_track,
           sum(a.status = 'not_started') AS not_started
      FROM action a
      JOIN priority r ON r.id = a.priority_id
      JOIN paper p ON p.plan_id = r.plan_id
     WHERE p.id = :paper AND a.parent_id IS NOT NULL
     GROUP BY r.seq
     ORDER BY r.seq