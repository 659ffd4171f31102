#!/usr/bin/env bash
# `make bench-peers`: checks the claim "docket is at least ten times faster
# than Typst from 50 pages up" (optional; not part of `make test`).
#
# Installs the Typst compiler (@myriaddreamin/typst-ts-node-compiler, the
# Typst compiler as a Node addon) into build/peers/ if it is not there yet,
# exports the benchmark papers' data from build/bench.db to JSON
# (build/peers/<case>/*.json), and runs bench/peers.mjs, which renders each
# case with bench/reference.typ and with build/docket and prints the times.
# Exits 69 (EX_UNAVAILABLE) when a tool or the npm package cannot be had.
set -euo pipefail
cd "$(dirname "$0")/.."

PEERS=build/peers
PKG=@myriaddreamin/typst-ts-node-compiler
DB=build/bench.db

for tool in node npm sqlite3 pdfinfo; do
  command -v "$tool" >/dev/null || { echo "bench-peers: $tool not found" >&2; exit 69; }
done
[ -x build/docket ] && [ -f "$DB" ] || { echo "bench-peers: run via make bench-peers (needs build/docket and $DB)" >&2; exit 1; }

mkdir -p "$PEERS"
if [ ! -f "$PEERS/node_modules/$PKG/package.json" ]; then
  echo "bench-peers: installing $PKG into $PEERS"
  if ! npm install --prefix "$PEERS" --no-audit --no-fund --loglevel=error "$PKG" >&2; then
    echo "bench-peers: npm could not fetch $PKG; no Typst to compare with" >&2
    exit 69
  fi
fi
if ! (cd "$PEERS" && node -e "require('$PKG').NodeCompiler.create()") 2>/dev/null; then
  echo "bench-peers: $PKG is installed but will not load (no native build for this platform?)" >&2
  exit 69
fi

# q FILE SQL: one query's rows as a JSON array ("[]" when there are none).
q() {
  local out; out=$(sqlite3 -json "$DB" "$2")
  printf '%s\n' "${out:-[]}" > "$1"
}

# The last eight quarters to fy 2024 Q2, as (fy, quarter) pairs v1..v8.
FMT="CASE WHEN %s IS NULL THEN 'n/a' ELSE printf('%%.1f', %s) || CASE m.unit WHEN '%%' THEN '%%' ELSE '' END END"
fmt() { printf "$FMT" "$1" "$1"; }
val() { echo "(SELECT value FROM measure_value v WHERE v.measure_id = m.id AND v.fy = $1 AND v.quarter = $2)"; }

export_paper() {
  local id=$1 dir=$PEERS/$2
  mkdir -p "$dir"
  q "$dir/paper.json" "
    SELECT p.agenda_item, p.title, c.council, c.name AS committee, m.date AS meeting_date,
           p.from_post, p.divisions, p.key_decision, p.forward_plan_ref, p.classification,
           p.exempt_paragraph, p.summary_label, p.summary, o.name AS officer_name,
           o.post AS officer_post, o.email AS officer_email, o.phone AS officer_phone,
           s.name AS strategy_name, pl.name AS plan_name, p.fy, p.quarter
      FROM paper p JOIN meeting m ON m.id = p.meeting_id JOIN committee c ON c.id = m.committee_id
      LEFT JOIN officer o ON o.id = p.officer_id LEFT JOIN strategy s ON s.id = p.strategy_id
      LEFT JOIN plan pl ON pl.id = p.plan_id
     WHERE p.id = $id"
  q "$dir/summary_points.json" "SELECT text FROM summary_point WHERE paper_id = $id ORDER BY seq"
  q "$dir/recommendations.json" "SELECT text FROM recommendation WHERE paper_id = $id ORDER BY seq"
  # Headings and paragraphs in one list; a bullet takes no number.
  q "$dir/body.json" "
    SELECT * FROM (
      SELECT s.seq AS sec, 0 AS par, 'heading' AS kind, s.heading AS text, NULL AS num
        FROM section s WHERE s.paper_id = $id
      UNION ALL
      SELECT s.seq, g.seq, g.style, g.text,
             sum(g.style = 'numbered') OVER (PARTITION BY s.id ORDER BY g.seq)
        FROM section s JOIN paragraph g ON g.section_id = s.id WHERE s.paper_id = $id)
    ORDER BY sec, par"
  q "$dir/kpis.json" "
    WITH k AS (
      SELECT t.seq AS theme_seq, t.name AS theme, m.seq, m.code, m.name, m.unit, m.polarity,
             $(fmt m.floor) AS floor, $(fmt m.target) AS target,
             $(fmt "$(val 2024 1)") AS q1, $(fmt "$(val 2024 2)") AS q2,
             -- docket leaves the quarters after the paper's blank.
             '' AS q3, '' AS q4,
             $(val 2024 2) AS cur, $(val 2024 1) AS prev, m.floor AS f, m.target AS t,
             $(val 2022 3) AS v1, $(val 2022 4) AS v2, $(val 2023 1) AS v3, $(val 2023 2) AS v4,
             $(val 2023 3) AS v5, $(val 2023 4) AS v6, $(val 2024 1) AS v7, $(val 2024 2) AS v8
        FROM measure m JOIN theme t ON t.id = m.theme_id JOIN paper p ON p.strategy_id = t.strategy_id
       WHERE p.id = $id AND m.kind = 'kpi')
    SELECT k.*,
           CASE WHEN t IS NULL OR cur IS NULL THEN 'Not rated'
                WHEN (polarity = 'higher' AND cur >= t) OR (polarity = 'lower' AND cur <= t) THEN 'Green'
                WHEN f IS NULL OR (polarity = 'higher' AND cur >= f) OR (polarity = 'lower' AND cur <= f) THEN 'Amber'
                ELSE 'Red' END AS rating,
           CASE WHEN cur IS NULL OR prev IS NULL THEN 'n/a' WHEN cur = prev THEN 'No clear change'
                WHEN (cur > prev) = (polarity = 'higher') THEN 'Improving' ELSE 'Worsening' END AS direction
      FROM k ORDER BY theme_seq, seq"
  q "$dir/themes.json" "
    SELECT t.seq, t.name, t.outcome FROM theme t JOIN paper p ON p.strategy_id = t.strategy_id
     WHERE p.id = $id ORDER BY t.seq"
  q "$dir/action_status.json" "
    SELECT a.status, count(*) AS actions
      FROM action a JOIN priority r ON r.id = a.priority_id JOIN paper p ON p.plan_id = r.plan_id
     WHERE p.id = $id AND a.parent_id IS NOT NULL GROUP BY a.status ORDER BY a.status"
  q "$dir/status_by_priority.json" "
    SELECT 'Priority ' || r.seq AS label,
           sum(a.status = 'complete') AS complete, sum(a.status = 'on_track') AS on_track,
           sum(a.status = 'at_risk') AS at_risk, sum(a.status = 'off_track') AS off_track,
           sum(a.status = 'not_started') AS not_started
      FROM action a JOIN priority r ON r.id = a.priority_id JOIN paper p ON p.plan_id = r.plan_id
     WHERE p.id = $id AND a.parent_id IS NOT NULL GROUP BY r.seq ORDER BY r.seq"
  q "$dir/implications.json" "SELECT heading, text FROM implication WHERE paper_id = $id ORDER BY seq"
  q "$dir/sources.json" "SELECT title, location FROM source_document WHERE paper_id = $id AND exempt = 0 ORDER BY seq"
  # The appendix: a group row per priority, then its actions and sub-actions by number.
  q "$dir/plan.json" "
    SELECT * FROM (
      SELECT r.seq AS pseq, '' AS ord, 'group' AS kind,
             'Priority ' || r.seq || ': ' || r.name || '. ' || coalesce(r.description, '') AS text,
             NULL AS number, NULL AS officer, NULL AS start, NULL AS finish, NULL AS status, NULL AS progress
        FROM priority r JOIN paper p ON p.plan_id = r.plan_id WHERE p.id = $id
      UNION ALL
      SELECT r.seq, printf('%06d.%06d', CAST(a.number AS INTEGER),
                           CASE WHEN instr(a.number, '.') > 0
                                THEN CAST(substr(a.number, instr(a.number, '.') + 1) AS INTEGER) ELSE 0 END),
             'action', a.description, a.number, a.officer, a.start, a.finish,
             upper(substr(replace(a.status, '_', ' '), 1, 1)) || substr(replace(a.status, '_', ' '), 2),
             a.progress
        FROM action a JOIN priority r ON r.id = a.priority_id JOIN paper p ON p.plan_id = r.plan_id
       WHERE p.id = $id)
    ORDER BY pseq, ord"
}

export_paper 9001 n1
export_paper 9002 n10
export_paper 9003 n40

exec node bench/peers.mjs "$@"
