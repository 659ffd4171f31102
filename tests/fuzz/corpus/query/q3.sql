SELECT a.number, a.description, a.officer, a.status, a.progress
      FROM action a JOIN priority r ON r.id = a.priority_id JOIN paper p ON p.plan_id = r.plan_id
     WHERE p.id = :paper AND a.status IN ('at_risk', 'off_track')
     ORDER BY r.seq, CAST(a.number AS INTEGER), CAST(substr(a.number, instr(a.number, '.') + 1) AS INTEGER)