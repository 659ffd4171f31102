#!/usr/bin/env bash
# bench/run.sh: the benchmark of issue 7, run by `make bench` once it has
# built build/docket and build/bench.db (bench/workload.sql).
#
# Each case is rendered once to warm the caches and measure peak RSS
# (/usr/bin/time), then RUNS times for the wall time, start-up included;
# the median counts. Then the batch of 40 papers with --jobs 1 and --jobs 2,
# and the agenda pack of 50 papers (docket pack).
# Prints a table, one `bench:` line a case and one `bench-target:` line a
# target of issue 7, with PASS or MISS. A MISS is a finding, not a failure:
# the script fails only when docket does.
set -euo pipefail
cd "$(dirname "$0")/.."

bin=${DOCKET:-build/docket}
db=${BENCH_DB:-build/bench.db}
out=build/bench-out
runs=${RUNS:-5}
# name:paper id, as bench/workload.sql makes them.
cases=(n1:9001 n10:9002 n40:9003 n80:9004 n100:9005)
batch=()
for id in $(seq 9101 9140); do batch+=(--paper "$id"); done

for f in "$bin" "$db"; do
	[ -e "$f" ] || { echo "bench: $f is missing; run make bench" >&2; exit 66; }
done
rm -rf "$out"
mkdir -p "$out/batch"

calc() { awk "BEGIN { printf \"$1\", $2 }"; }

# The median of the numbers given.
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END {
	print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# Runs the command RUNS times; prints the median wall time and the median
# CPU time (user + system, workers included) in ms. The CPU time says how
# much of a slow wall time was other processes' doing.
time_ms() {
	local i r u s wall=() cpu=() TIMEFORMAT='%3R %3U %3S'
	for ((i = 0; i < runs; i++)); do
		{ time "$@" >/dev/null 2>"$out/stderr"; } 2>"$out/time"
		read -r r u s <"$out/time"
		wall+=("$(calc %.1f "$r * 1000")")
		cpu+=("$(calc %.1f "($u + $s) * 1000")")
	done
	echo "$(median "${wall[@]}") $(median "${cpu[@]}")"
}

# Peak RSS in KiB of one run of the command (GNU time).
rss_kib() {
	/usr/bin/time -f %M -o "$out/rss" "$@" >/dev/null
	tail -n 1 "$out/rss"
}

pages() { pdfinfo "$1" | awk '/^Pages:/ { print $2 }'; }

# Prints case $1 (papers $2, jobs $3) as a row and keeps its bench: line.
report() {
	local pps bpp
	pps=$(calc %.0f "${P[$1]} / ${MS[$1]} * 1000")
	bpp=$(calc %.0f "${BYTES[$1]} / ${P[$1]}")
	printf "$row" "$1" "$2" "${P[$1]}" "${MS[$1]}" "${CPU[$1]}" "$pps" \
	    "$(calc %.1f "${RSS[$1]} / 1024")" "$(calc %.0f "${BYTES[$1]} / 1024")" "$bpp"
	# Waiting a fifth longer than its processes compute, spread over its
	# jobs, a case was kept waiting.
	if [ "$(calc %d "(${MS[$1]} > 1.2 * ${CPU[$1]} / $3)")" = 1 ]; then
		echo "          ^ wall time well over CPU time: other processes were running" \
		    "(rerun on a quiet machine)"
	fi
	lines+=("bench: case=$1 papers=$2 jobs=$3 pages=${P[$1]} median_ms=${MS[$1]}\
 cpu_ms=${CPU[$1]} pages_per_s=$pps rss_kib=${RSS[$1]} bytes=${BYTES[$1]} bytes_per_page=$bpp")
}

declare -A P MS CPU RSS BYTES
echo "$(nproc) CPUs; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
head='%-9s %6s %6s %10s %8s %8s %8s %8s %9s\n'
row='%-9s %6d %6d %10.1f %8.1f %8d %8.1f %8.0f %9d\n'
printf "$head" case papers pages median_ms cpu_ms pages/s rss_MiB pdf_KiB bytes/pg
for c in "${cases[@]}"; do
	name=${c%%:*} id=${c#*:} pdf="$out/${c%%:*}.pdf"
	cmd=("$bin" render --db "$db" --paper "$id" -o "$pdf")
	RSS[$name]=$(rss_kib "${cmd[@]}")
	read -r "MS[$name]" "CPU[$name]" < <(time_ms "${cmd[@]}")
	P[$name]=$(pages "$pdf")
	BYTES[$name]=$(stat -c %s "$pdf")
	report "$name" 1 1
done

for j in 1 2; do
	name=batch-j$j
	cmd=("$bin" render --db "$db" "${batch[@]}" --out "$out/batch" --jobs "$j")
	RSS[$name]=$(rss_kib "${cmd[@]}")
	read -r "MS[$name]" "CPU[$name]" < <(time_ms "${cmd[@]}")
	P[$name]=0 BYTES[$name]=0
	for pdf in "$out"/batch/*.pdf; do
		P[$name]=$((P[$name] + $(pages "$pdf")))
		BYTES[$name]=$((BYTES[$name] + $(stat -c %s "$pdf")))
	done
	report "$name" 40 "$j"
done
# The agenda pack of meeting 91: 50 papers, each built, laid out and freed
# in turn, into one PDF of about 1,000 pages.
name=pack
cmd=("$bin" pack --db "$db" --meeting 91 -o "$out/pack.pdf")
RSS[$name]=$(rss_kib "${cmd[@]}")
read -r "MS[$name]" "CPU[$name]" < <(time_ms "${cmd[@]}")
P[$name]=$(pages "$out/pack.pdf") BYTES[$name]=$(stat -c %s "$out/pack.pdf")
report "$name" 50 1
echo "(a batch's rss_MiB is its largest process's;" \
    "load average after: $(cut -d' ' -f1-3 /proc/loadavg))"
printf '%s\n' "${lines[@]}"

# The targets of issue 7. verdict NAME VALUE LIMIT max|min TEXT
echo
printf '%-60s %9s %7s  %s\n' target measured limit verdict
verdict() {
	local v
	v=$(awk -v x="$2" -v l="$3" -v d="$4" 'BEGIN {
		print ((d == "max" && x <= l) || (d == "min" && x >= l)) ? "PASS" : "MISS" }')
	printf '%-60s %9s %7s  %s\n' "$5" "$2" "$3" "$v"
	targets+=("bench-target: name=$1 value=$2 limit=$3 verdict=$v")
}
verdict n1_ms "${MS[n1]}" 50 max "the ${P[n1]}-page paper, end to end (ms)"
verdict n40_ms "${MS[n40]}" 500 max "the ${P[n40]}-page paper (ms)"
verdict n40_pages_per_s "$(calc %.0f "${P[n40]} / ${MS[n40]} * 1000")" 1000 min \
    "the ${P[n40]}-page paper (pages/s)"
# Time per page between cases, so that start-up does not count: the
# step from 40 to 100 copies against the step from 10 to 40.
ms_per_page() { calc %.3f "(${MS[$2]} - ${MS[$1]}) / (${P[$2]} - ${P[$1]})"; }
early=$(ms_per_page n10 n40) late=$(ms_per_page n40 n100)
verdict linear "$(calc %.2f "$late / $early")" 1.25 max \
    "time linear: ms/page n40-n100 over n10-n40 ($late/$early)"
verdict n80_rss_mib "$(calc %.1f "${RSS[n80]} / 1024")" 64 max "peak RSS at ${P[n80]} pages (MiB)"
# The fonts are the same few subsets in every case, so the bytes a page
# adds beyond them are the slope from the smallest case to the largest.
verdict bytes_per_page "$(calc %.0f "(${BYTES[n100]} - ${BYTES[n1]}) / (${P[n100]} - ${P[n1]})")" \
    4096 max "bytes a page adds, n1 to n100 (fonts excluded)"
# A pack holds one paper's document at a time: its memory is that of one
# paper of as many pages, n80's scaled to its pages, give or take a tenth.
verdict pack_rss_mib "$(calc %.1f "${RSS[pack]} / 1024")" \
    "$(calc %.1f "${RSS[n80]} / 1024 * ${P[pack]} / ${P[n80]} * 1.1")" max \
    "peak RSS of the ${P[pack]}-page agenda pack (MiB)"
verdict jobs2_speedup "$(calc %.2f "${MS[batch-j1]} / ${MS[batch-j2]}")" 1.7 min \
    "batch of 40: --jobs 2 speed-up over --jobs 1"
# A face is loaded only when used: the PDF embeds exactly the faces the
# layout draws with (its trace), and the reference paper draws no italic.
drawn=$("$bin" render --db "$db" --paper 9001 --trace |
	awk '$1 == "text" || $1 == "rotated" { print $2 }' | sort -u | wc -l)
embedded=$(pdffonts "$out/n1.pdf" | tail -n +3 | wc -l)
verdict fonts_loaded "$embedded" "$drawn" max "faces embedded in n1, at most those it draws"
printf '%s\n' "${targets[@]}"
