#!/usr/bin/env bash
# gdb-multiarch against ttvm's gdb server on a bare-metal program
# (guest/gdb/target.c): breakpoints at symbols, registers (integer, FP,
# CSRs, priv), memory, stepi over compressed instructions, a write
# watchpoint, two harts as threads, monitor commands, detach and re-attach.
# Usage: gdb_bare_test.sh TTVM GDB_TARGET_ELF
set -u
ttvm=$1 elf=$2
. "$(dirname "$0")/gdb_lib.sh"

# --- one hart: the program's whole run under gdb
start_ttvm -bios none -kernel "$elf"
run_gdb one "$elf" 60 <<'EOF'
break main
continue
break add_values
continue
printf "A0 %lx A1 %lx\n", $a0, $a1
set $t3 = 0x1234abcd5678
printf "T3 %lx\n", $t3
finish
break scale
continue
stepi 3
printf "FA4 %g\n", $fa4.double
set $ft1.double = 1.25
printf "FT1 %g\n", $ft1.double
printf "FCSR %d FRM %d FFLAGS %d\n", $fcsr, $frm, $fflags
finish
printf "MISA %lx MHARTID %d PRIV %d\n", $misa, $mhartid, $priv
printf "MSTATUS.FS %d\n", ($mstatus >> 13) & 3
set $mscratch = 0xfeedf00d
printf "MSCRATCH %lx\n", $mscratch
printf "SATP %lx SCAUSE %lx\n", $satp, $scause
x/2gx &table
set var table[2] = 0x3333333333333333
set {unsigned char}((char *)&table + 24) = 0x77
printf "TABLE3 %lx\n", table[3]
printf "WATCHED_AT %lx\n", &watched
watch watched
set debug remote 1
continue
set debug remote 0
printf "WATCHED %d\n", watched
info symbol $pc
x/i $pc - 4
delete
break *compressed_adds
continue
stepi
printf "STEP %d\n", $pc - (long)&compressed_adds
stepi
printf "STEP %d\n", $pc - (long)&compressed_adds
printf "A0 %d\n", $a0
monitor help
monitor icount
continue
EOF
check_log one '^Breakpoint 1, main \(\) at .*target\.c' 'break at main'
check_log one '^Breakpoint 2, add_values \(a=1229782938247303441, b=2459565876494606882\)' 'break at add_values with its arguments'
check_log one '^A0 1111111111111111 A1 2222222222222222$' 'read integer registers'
check_log one '^T3 1234abcd5678$' 'write an integer register'
check_log one 'Value returned is \$[0-9]+ = 3689348814741910323' 'finish'
check_log one '^FA4 4$' 'read an FP register (the soft-float ABI passed x in a0)'
check_log one '^FT1 1.25$' 'write an FP register'
check_log one '^FCSR 0 FRM 0 FFLAGS 0$' 'fcsr, frm, fflags'
check_log one 'Value returned is \$[0-9]+ = 10$' 'finish from an FP function'
check_log one '^MISA 800000000014112d MHARTID 0 PRIV 3$' 'read CSRs and priv'
check_log one '^MSTATUS.FS [123]$' 'mstatus'
check_log one '^MSCRATCH feedf00d$' 'write a CSR'
check_log one '^SATP 0 SCAUSE 0$' 'satp and scause by name'
check_log one '0x1111111111111111\s+0x2222222222222222' 'read memory'
check_log one '^TABLE3 4444444444444477$' 'write memory'
addr=$(sed -n 's/^WATCHED_AT \([0-9a-f]*\)$/\1/p' "$gdb_tmp/one.log")
check_log one "Packet received: T05thread:1;watch:$addr;" 'the stop reply names the watched address'
check_log one '^Hardware watchpoint [0-9]+: watched' 'hardware watchpoint'
check_log one 'New value = 42' 'watchpoint values'
check_log one '^WATCHED 42$' 'stopped after the store'
check_log one '^store_watched \+ [0-9]+ in section' 'stopped in the storing function'
check_log one '<store_watched\+[0-9]+>:\s+sd\s' 'the instruction before pc is the store'
check_log one '^STEP 2$' 'stepi over a compressed instruction'
check_log one '^STEP 4$' 'stepi over the next one'
check_log one '^A0 13$' 'the stepped instructions ran'
check_log one 'icount +the machine' 'monitor help'
check_log one '^[0-9]+$' 'monitor icount'
check_log one 'exited normally' 'the program ends with status 0'
wait_ttvm
s=$?
check_status one $s 0 'ttvm exits 0'

# --- two harts: threads, per-hart registers; disconnect and re-attach
start_ttvm -smp 2 -bios none -kernel "$elf"
run_gdb two "$elf" 60 <<'EOF'
break store_watched
continue
info threads
thread 2
printf "HART %d PC_IN_OTHER_HART %d\n", $mhartid, $pc >= (long)&other_hart && $pc < (long)&other_hart + 64
thread 1
printf "HART %d\n", $mhartid
monitor info harts
disconnect
EOF
check_log two 'Thread 1 hit Breakpoint 1, store_watched' 'break in thread 1'
check_log two '^\* 1 +Thread 1 \(hart 0\) +store_watched' 'info threads: hart 0'
check_log two '^  2 +Thread 2 \(hart 1\) .*other_hart' 'info threads: hart 1 in other_hart'
check_log two '^HART 1 PC_IN_OTHER_HART 1$' 'registers of thread 2'
check_log two '^HART 0$' 'registers of thread 1'
check_log two '^hart 1 \(thread 2\): pc 0x0*800[0-9a-f]+ priv M satp 0x0+$' 'monitor info harts'
run_gdb again "$elf" 60 <<'EOF'
info symbol $pc
printf "HART %d\n", $mhartid
detach
EOF
check_log again '^store_watched in section' 'a new gdb finds the machine where the last one left it'
check_log again '^HART 0$' 'and the same thread'
wait_ttvm
s=$?
check_status again $s 0 'detached: the guest runs to its end'

# --- clear errors
check_error() {  # check_error NAME MESSAGE ARGS...
  local name=$1 msg=$2 out s
  shift 2
  out=$("$ttvm" run "$@" 2>&1 </dev/null)
  s=$?
  if [[ $s -eq 2 && $out == *"$msg"* ]]; then echo "ok   $name"; else
    echo "FAIL $name: status $s, output: $out"
    gdb_fails=$((gdb_fails + 1))
  fi
}
check_error bad-port "'frob' is not a TCP port number" -gdb tcp:127.0.0.1:frob
check_error bad-spec "expected tcp::PORT or tcp:HOST:PORT" -gdb 1234
check_error s-alone "-S needs a gdb server" -S
start_ttvm -bios none -kernel "$elf"
check_error port-in-use "cannot listen on 127.0.0.1:$port: Address already in use" -S -gdb tcp::$port
stop_ttvm
finish_tests
