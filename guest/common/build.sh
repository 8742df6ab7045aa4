#!/bin/sh
# Build one bare-metal guest test by hand (CMake does the same in the build):
#   guest/common/build.sh guest/isa/add.S /tmp/add.elf
# (a C test, guest/*/NAME.c, gets the start-up code crt.S added) and check
# it on the reference emulator:
#   qemu-system-riscv64 -M spike -bios none -nographic -kernel /tmp/add.elf; echo $?
set -e
here=$(dirname "$0")
crt=
case "$1" in *.c) crt="$here/crt.S" ;; esac
exec riscv64-unknown-elf-gcc -march=rv64imafdc_zicsr_zifencei -mabi=lp64 -mcmodel=medany -static \
  -nostdlib -nostartfiles -ffreestanding -O2 -g -Wl,--no-warn-rwx-segments \
  -I"$here" -T "$here/link.ld" $crt "$1" -o "$2"
