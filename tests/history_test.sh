#!/usr/bin/env bash
# monitor history (docs/history.md) on a replay under gdb-multiarch:
#   bare   guest/history/writes.c: every write to `target` found, none
#          extra (not its neighbours'), in order, old -> new values right,
#          pcs named by --symbols; --reads adds reads; --max caps with an
#          "N more" line; monitor goto ICOUNT of a write shows its new value;
#          bad input gets one line and the session goes on
#   panic  the Linux guest panics on init's test-only `panic` command: the
#          recording keeps a panic mark at the console line's icount, listed
#          by ttvm info and monitor checkpoints; replay --goto panic lands
#          there, also when the replay has to find the mark itself
# Usage: history_test.sh TTVM BUILD_DIR CASE
set -u
ttvm=$1 build=$2 case=$3
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null; [[ -n ${KEEP:-} ]] || rm -rf "$work"' EXIT
fails=0
fail() { echo "FAIL $case: $*"; fails=$((fails + 1)); }
source "$(dirname "$0")/gdb_port.sh"

case $case in
  bare)
    elf=$build/guest/history-writes.elf
    "$ttvm" record -o "$work/h" -bios none -kernel "$elf" >/dev/null 2>&1 || fail "record"
    "$ttvm" replay "$work/h" --gdb 0 -S --symbols "$elf" <&- >/dev/null 2>"$work/err" &
    port=$(gdb_port "$work/err")
    g=$(timeout 120 gdb-multiarch -nx -batch -ex "target remote :$port" \
      -ex 'echo [w]\n' -ex 'eval "monitor history %p 8", &target' \
      -ex 'echo [r]\n' -ex 'eval "monitor history --reads %p 8", &target' \
      -ex 'echo [max]\n' -ex 'eval "monitor history --max 2 %p 8", &target' \
      -ex 'echo [bad]\n' -ex 'monitor history 0x80000000 0' -ex 'monitor history --bogus 1 2' \
      -ex 'monitor history 0x7000 8' -ex 'monitor history zz 8' -ex 'monitor history 0x80000000 99999' \
      -ex 'echo [goto]\n' -ex 'monitor goto 0' -ex 'monitor goto 0' -ex 'kill' "$elf" 2>&1)
    echo "$g" >"$work/gdb.log"
    w=$(sed -n '/\[w\]/,/\[r\]/p' <<<"$g")
    vals=$(grep -E '^  write ' <<<"$w" | grep -Eo '0x[0-9a-f]{16} -> 0x[0-9a-f]{16}' | sed 's/0x0*\([0-9a-f]\)/\1/g' | tr '\n' ',')
    want='0 -> 0,0 -> 1111,1111 -> 2222,2222 -> 3333,3333 -> 4444,4444 -> 5555,5555 -> 55ab,55ab -> 56ab,56ab -> 56ab,56ab -> 0,'
    [[ $vals == "$want" ]] || fail "writes (old -> new): got '$vals', want '$want'"
    [[ $w == *"10 writes"* ]] || fail "the count of writes"
    [[ $(grep -c '<put64+' <<<"$w") -eq 7 && $(grep -c '<put8+' <<<"$w") -eq 1 ]] || fail "pcs as function+offset"
    # In time order.
    ics=$(grep -E '^  write ' <<<"$w" | grep -Eo 'icount [0-9]+' | grep -Eo '[0-9]+')
    [[ $ics == "$(sort -n <<<"$ics")" ]] || fail "not in time order: $ics"
    r=$(sed -n '/\[r\]/,/\[max\]/p' <<<"$g")
    [[ $r == *"10 writes, 2 reads"* && $r == *"reads are not in the page logs"* ]] || fail "--reads: $r"
    m=$(sed -n '/\[max\]/,/\[bad\]/p' <<<"$g")
    [[ $(grep -c '^  write ' <<<"$m") -eq 2 && $m == *"... 8 more"* ]] || fail "--max 2: no '8 more' line"
    b=$(sed -n '/\[bad\]/,/\[goto\]/p' <<<"$g")
    [[ $(grep -c '^ttvm: history: ' <<<"$b") -eq 5 ]] || fail "bad input: not one line each: $b"
    # goto the 3rd write's icount: target holds its new value.
    third=$(sed -n 3p <<<"$ics")
    wait
    "$ttvm" replay "$work/h" --gdb 0 -S <&- >/dev/null 2>"$work/err2" &
    port=$(gdb_port "$work/err2")
    g2=$(timeout 60 gdb-multiarch -nx -batch -ex "target remote :$port" -ex "monitor goto $third" \
      -ex 'maintenance flush register-cache' -ex 'print/x target' -ex 'kill' "$elf" 2>&1)
    [[ $g2 == *"= 0x2222"* ]] || fail "goto the write's icount $third: $(grep '= ' <<<"$g2")"
    wait
    [[ $fails -eq 0 ]] && echo "ok bare: 10 writes in order with values and symbols, reads, cap, bad input, goto"
    ;;
  panic)
    # The Linux guest's init panics the kernel on its test-only `panic`
    # command: the recording keeps a panic mark at the console line's
    # icount, ttvm info lists it, replay --goto panic lands there.
    dir=$build/linux
    . "$(dirname "$0")/guest_io.sh"
    { wait_line 'shell: commands' "$work/out"; echo panic; wait_line 'ttvm: mark panic' "$work/err" ; } |
      timeout 300 "$ttvm" record -o "$work/p" -m 256M -bios default -kernel "$dir/Image" -initrd "$dir/initramfs.cpio" \
        -append 'console=ttyS0 ttvm.shell' >"$work/out" 2>"$work/err" &
    rec=$!
    wait_line 'ttvm: mark panic at icount' "$work/err" || fail "no panic mark while recording"
    kill -TERM $rec; wait $rec
    grep -q 'Kernel panic - not syncing: Attempted to kill init!' "$work/out" || fail "the guest did not panic"
    info=$("$ttvm" info "$work/p")
    at=$(sed -n 's/^mark  *panic  *icount \([0-9]*\) .*Kernel panic - not syncing: Attempted to kill init!.*/\1/p' <<<"$info")
    [[ -n $at ]] || fail "ttvm info lists no panic mark: $(grep mark <<<"$info")"
    rec_at=$(sed -n 's/^ttvm: mark panic at icount \([0-9]*\):.*/\1/p' "$work/err")
    [[ $at == "$rec_at" ]] || fail "info's icount $at, the recorder's $rec_at"
    out=$("$ttvm" replay "$work/p" --goto panic 2>&1)
    [[ $out == *"at icount $at of"* ]] || fail "replay --goto panic: $out"
    # The mark found again by a replay of a recording without its marks file.
    cp -r "$work/p" "$work/q" && rm "$work/q/marks"
    out=$("$ttvm" replay "$work/q" --goto panic 2>&1)
    [[ $out == *"at icount $at of"* ]] || fail "replay --goto panic, marks found by the replay: $out"
    if command -v gdb-multiarch >/dev/null; then
      "$ttvm" replay "$work/p" --gdb 0 -S --goto panic <&- >/dev/null 2>"$work/gerr" &
      for _ in $(seq 300); do port=$(grep -Eo 'listening on 127.0.0.1:[0-9]+' "$work/gerr" | grep -Eo '[0-9]+$') && break; sleep 0.1; done
      g=$(timeout 300 gdb-multiarch -nx -batch -ex "target remote :$port" -ex 'monitor when' -ex 'monitor checkpoints' \
        -ex 'echo [jiffies]\n' -ex 'monitor history --max 1000 0x'"$(nm "$dir/vmlinux" | awk '$3=="jiffies"{print $1}')"' 8' \
        -ex 'kill' "$dir/vmlinux" 2>&1)
      echo "$g" >"$work/gdb.log"
      [[ $g == *"icount $at"* ]] || fail "monitor when after --goto panic"
      [[ $g == *"bookmark panic at icount $at"* ]] || fail "monitor checkpoints does not list the panic bookmark"
      sed -n '/\[jiffies\]/,$p' <<<"$g" | grep -E 'writes|replayed' | sed 's/^/  /'
      wait
      # The writes to jiffies that monitor history lists after its 10th
      # kernel-mode write are the ones a forward watchpoint stops at.
      hist=$(sed -n '/\[jiffies\]/,$p' <<<"$g" | grep -E '^  write .* S pc 0xffffffff' | grep -v ' -> .*\[not a store')
      from=$(sed -n 10p <<<"$hist" | grep -Eo 'icount [0-9]+' | grep -Eo '[0-9]+')
      want=$(sed -n '11,15p' <<<"$hist" | grep -Eo '> 0x[0-9a-f]+$' | while read -r _ v; do echo $((v)); done | tr '\n' ' ')
      "$ttvm" replay "$work/p" --gdb 0 -S <&- >/dev/null 2>"$work/gerr2" &
      for _ in $(seq 300); do port=$(grep -Eo 'listening on 127.0.0.1:[0-9]+' "$work/gerr2" | grep -Eo '[0-9]+$') && break; sleep 0.1; done
      w=$(timeout 300 gdb-multiarch -nx -batch -ex "target remote :$port" -ex "monitor goto $from" \
        -ex 'maintenance flush register-cache' -ex 'watch jiffies' -ex continue -ex continue -ex continue -ex continue \
        -ex continue -ex 'kill' "$dir/vmlinux" 2>&1)
      wait
      got=$(grep -Eo '^New value = [0-9]+' <<<"$w" | grep -Eo '[0-9]+' | tr '\n' ' ')
      [[ -n $from && -n $want && $got == "$want" ]] ||
        fail "jiffies: monitor history after icount ${from:-?} lists '$want', a forward watchpoint sees '$got'"
      echo "  jiffies after icount $from: history '$want', watchpoint '$got'"
    fi
    [[ $fails -eq 0 ]] && echo "ok panic: mark at icount $at recorded, listed, found again by replay; --goto panic lands there"
    ;;
  *) echo "unknown case $case"; exit 2 ;;
esac
exit $((fails > 0))
