#!/usr/bin/env bash
# ttvm report on a recorded Linux boot (guest/linux in build/linux): the
# page is loaded in headless Chromium (Debian's chromium), which must find
# REPORT-OK (every chart drew without an exception), the timeline's
# elements and the boot's console lines with their icounts; a screenshot is
# left in OUTDIR/report.png.
# Usage: report_test.sh TTVM LINUX_DIR OUTDIR
set -u
ttvm=$1 dir=$2 out=$(realpath -m "$3")
for f in Image initramfs.cpio disk.img; do
  [[ -f $dir/$f ]] || { echo "missing $dir/$f: run scripts/setup (builds the Linux guest)"; exit 1; }
done
command -v chromium >/dev/null || { echo "chromium missing: run scripts/setup"; exit 1; }
work=$(mktemp -d)
trap '[[ -n ${KEEP:-} ]] || rm -rf "$work"' EXIT
fails=0
fail() { echo "FAIL report: $*"; fails=$((fails + 1)); }
mkdir -p "$out"
rec=$work/boot.rec
timeout 600 "$ttvm" record -o "$rec" -m 256M -smp 2 -bios default -kernel "$dir/Image" -initrd "$dir/initramfs.cpio" \
  -drive "file=$dir/disk.img,format=raw,if=none,id=d0" -device virtio-blk-device,drive=d0 -device virtio-rng-device \
  -append console=ttyS0 </dev/null >"$work/rec.out" 2>"$work/rec.err" || fail "record: $(tail -2 "$work/rec.err")"
start=$(date +%s.%N)
"$ttvm" report "$rec" -o "$out/report.html" --symbols "$dir/vmlinux" 2>"$work/report.err" ||
  fail "report: $(tail -3 "$work/report.err")"
echo "report took $(echo "$(date +%s.%N) - $start" | bc) s: $(tail -1 "$work/report.err")"
grep -q "replay matched the recording" "$work/report.err" || fail "the report's replay did not match: $(cat "$work/report.err")"
grep -q "http" "$out/report.html" && grep -Eq '(src|href)="https?:' "$out/report.html" && fail "the page loads something from the network"
chrome=(chromium --headless --no-sandbox --disable-gpu --virtual-time-budget=10000 --window-size=1400,1000)
"${chrome[@]}" --dump-dom "file://$out/report.html" >"$work/dom.html" 2>"$work/chrome.err"
grep -q 'id="status" class="ok">REPORT-OK' "$work/dom.html" || fail "no REPORT-OK in the page: $(grep -o 'REPORT-ERROR[^<]*' "$work/dom.html") $(tail -3 "$work/chrome.err")"
grep -q 'data-ready="1"' "$work/dom.html" || fail "the page did not set data-ready"
n=$(grep -o 'class="uplot' "$work/dom.html" | wc -l)
((n >= 5)) || fail "only $n charts in the page"
grep -q 'hart 1: privilege mode' "$work/dom.html" || fail "no privilege chart for hart 1"
grep -q 'external: virtio-blk' "$out/report.html" || fail "no virtio-blk interrupts in the data"
# A boot line, with the icount it was written at.
line=$(grep -m1 -o 'Linux version [^<]*' "$work/dom.html")
[[ -n $line ]] || fail "the console line 'Linux version' is not in the page"
grep -Eq 'data-icount="[0-9]+"[^>]*><span class="ic">[0-9,]+</span><span class="text">(\[[ 0-9.]*\] )?Linux version' "$work/dom.html" ||
  fail "the 'Linux version' line has no icount"
"${chrome[@]}" --screenshot="$out/report.png" "file://$out/report.html" 2>>"$work/chrome.err"
[[ -s $out/report.png ]] || fail "no screenshot"
((fails == 0)) && echo "report: all checks passed; screenshot $out/report.png"
exit $((fails != 0))
