#!/bin/bash
# Builds the ttvm Linux guest: kernel (Image + vmlinux with DWARF), the
# initramfs with our static /init, and a small raw test disk.
#
#   guest/linux/build.sh [OUTDIR]
#
# The kernel is built once per machine and configuration: the build directory
# is $TTVM_CACHE/linux-<hash> (TTVM_CACHE defaults to
# ${XDG_CACHE_HOME:-$HOME/.cache}/ttvm), hash = sha256 of ./config, this
# script and the linux-source-6.1 package version; when its Image exists the
# kernel build is skipped.  The source is extracted once per package version
# into $TTVM_CACHE/linux-source-<version>.  init, initramfs and disk are
# cheap and are remade every run (byte-identical when nothing changed).
#
# Outputs (in OUTDIR, default the kernel's cache directory): Image, vmlinux,
# init, initramfs.cpio, initramfs.cpio.gz, disk.img.  Progress goes to
# stderr; stdout gets only KEY=PATH lines, so `eval "$(build.sh)"` works:
#   TTVM_LINUX_IMAGE  TTVM_LINUX_VMLINUX  TTVM_LINUX_INITRAMFS
#   TTVM_LINUX_INITRAMFS_GZ  TTVM_LINUX_DISK  TTVM_LINUX_INIT  TTVM_LINUX_DIR
#
# Safe to run concurrently (flock).  Env: TTVM_INIT_LIBC=nolibc (default,
# rv64imac, no FPU needed) or glibc (rv64gc, needs F/D); JOBS (default nproc).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
log() { echo "[guest/linux] $*" >&2; }
die() { log "error: $*"; exit 1; }

cross=riscv64-linux-gnu-
tarball=/usr/src/linux-source-6.1.tar.xz
jobs=${JOBS:-$(nproc)}
init_libc=${TTVM_INIT_LIBC:-nolibc}

# ---- tools ------------------------------------------------------------------
need_pkgs=()
command -v ${cross}gcc >/dev/null || need_pkgs+=(gcc-riscv64-linux-gnu)
for t in make gcc flex bison bc gzip flock sha256sum xz; do
  command -v $t >/dev/null || case $t in
    gcc) need_pkgs+=(gcc libc6-dev) ;;
    flock) need_pkgs+=(util-linux) ;;
    sha256sum) need_pkgs+=(coreutils) ;;
    xz) need_pkgs+=(xz-utils) ;;
    *) need_pkgs+=($t) ;;
  esac
done
[ "$init_libc" = glibc ] && [ ! -e /usr/riscv64-linux-gnu/lib/libc.a ] && need_pkgs+=(libc6-dev-riscv64-cross)
[ -e "$tarball" ] || need_pkgs+=(linux-source-6.1)
if [ ${#need_pkgs[@]} -gt 0 ]; then
  [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null ||
    die "missing: ${need_pkgs[*]} (install them with apt-get)"
  log "installing ${need_pkgs[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt=(apt-get -y -q -o DPkg::Lock::Timeout=600)
  "${apt[@]}" install "${need_pkgs[@]}" >&2 ||
    { "${apt[@]}" update >&2 && "${apt[@]}" install "${need_pkgs[@]}" >&2; }
  [ -e "$tarball" ] || die "$tarball still missing"
fi

# ---- cache layout ------------------------------------------------------------
version=$(dpkg-query -W -f='${Version}' linux-source-6.1 2>/dev/null ||
          stat -c 'size%s-mtime%Y' "$tarball")
hash=$( { cat "$here/config" "$here/build.sh"; echo "linux-source-6.1 $version"; } |
        sha256sum | cut -c1-16)
cache=${TTVM_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/ttvm}
src=$cache/linux-source-$version
kdir=$cache/linux-$hash
out=${1:-$kdir}
mkdir -p "$cache" "$out"
out=$(cd "$out" && pwd)

# ---- kernel source, extracted once per package version ----------------------
if [ ! -e "$src/.ttvm-extracted" ]; then
  exec 8>"$src.lock"
  flock 8
  if [ ! -e "$src/.ttvm-extracted" ]; then
    log "extracting $tarball into $src"
    rm -rf "$src" "$src.tmp"
    mkdir -p "$src.tmp"
    tar -xf "$tarball" -C "$src.tmp" --strip-components=1
    touch "$src.tmp/.ttvm-extracted"
    mv "$src.tmp" "$src"
  fi
  exec 8>&-
fi

# ---- kernel, built once per hash ----------------------------------------------
kmake() {
  make -C "$src" O="$kdir/build" ARCH=riscv CROSS_COMPILE=$cross \
    KBUILD_BUILD_USER=ttvm KBUILD_BUILD_HOST=ttvm \
    KBUILD_BUILD_TIMESTAMP="2024-01-01 00:00:00 UTC" "$@"
}
if [ ! -e "$kdir/Image" ]; then
  mkdir -p "$kdir"
  exec 9>"$kdir.lock"
  if ! flock -n 9; then
    log "waiting for another build of $kdir"
    flock 9
  fi
  if [ ! -e "$kdir/Image" ]; then
    log "building the kernel in $kdir/build (${jobs} jobs; about 3 minutes on 2 idle cores, 8 when busy); log: $kdir/build.log"
    start=$(date +%s)
    mkdir -p "$kdir/build"
    kmake KCONFIG_ALLCONFIG="$here/config" allnoconfig >"$kdir/build.log" 2>&1 ||
      { tail -30 "$kdir/build.log" >&2; die "configuring failed"; }
    # Every line of the fragment must have survived Kconfig's dependencies.
    missing=0
    while IFS= read -r line; do
      grep -qxF -- "$line" "$kdir/build/.config" || { log "config: not applied: $line"; missing=1; }
    done < <(grep -E '^(CONFIG_[A-Z0-9_]+=.*|# CONFIG_[A-Z0-9_]+ is not set)$' "$here/config")
    [ $missing = 0 ] || die "the config fragment does not apply cleanly (see above)"
    kmake -j"$jobs" Image vmlinux scripts_gdb >>"$kdir/build.log" 2>&1 ||
      { tail -40 "$kdir/build.log" >&2; die "kernel build failed; log: $kdir/build.log"; }
    ln -f "$kdir/build/vmlinux" "$kdir/vmlinux"
    ln -sfn build/vmlinux-gdb.py "$kdir/vmlinux-gdb.py"
    cp "$kdir/build/System.map" "$kdir/build/.config" "$kdir/"
    cp "$kdir/build/arch/riscv/boot/Image" "$kdir/Image.tmp"
    # Objects are never reused (a changed config is a new directory): drop
    # them, ~0.8 GB; vmlinux, .config, scripts/gdb and the headers stay.
    find "$kdir/build" \( -name '*.o' -o -name '*.a' -o -name '*.mod.c' \) -delete
    mv "$kdir/Image.tmp" "$kdir/Image" # last: its presence means "built"
    log "kernel built in $(( $(date +%s) - start )) s"
  fi
  exec 9>&-
else
  log "kernel cached: $kdir"
fi

# ---- init, initramfs, disk (cheap; every run) ----------------------------------
exec 7>"$out/.ttvm-guest.lock"
flock 7
work=$(mktemp -d "$out/.work.XXXXXX")
trap 'rm -rf "$work"' EXIT

# Replaces dst by src unless identical (keeps mtimes of unchanged outputs).
install_if_changed() { cmp -s "$1" "$2" 2>/dev/null && rm -f "$1" || mv -f "$1" "$2"; }

if [ "$init_libc" = glibc ]; then
  ${cross}gcc -static -Os -g -Wall -Wextra -Werror -o "$work/init" "$here/init.c"
else
  ${cross}gcc -static -nostdlib -ffreestanding -fno-stack-protector \
    -fno-asynchronous-unwind-tables -march=rv64imac -mabi=lp64 \
    -Os -g -Wall -Wextra -Werror \
    -include "$src/tools/include/nolibc/nolibc.h" -o "$work/init" "$here/init.c"
fi

gcc -O2 -o "$work/gen_init_cpio" "$src/usr/gen_init_cpio.c"
printf 'ttvm linux guest\n' >"$work/ttvm-release"
cp "$work/init" "$work/init.cpio-copy"
# gen_init_cpio takes regular files' mtimes from the files (-t covers the rest).
touch -d @0 "$work/ttvm-release" "$work/init.cpio-copy"
cat >"$work/initramfs.list" <<EOF
dir /dev 0755 0 0
nod /dev/console 0600 0 0 c 5 1
dir /proc 0755 0 0
dir /sys 0755 0 0
dir /tmp 1777 0 0
dir /etc 0755 0 0
file /etc/ttvm-release $work/ttvm-release 0644 0 0
file /init $work/init.cpio-copy 0755 0 0
EOF
"$work/gen_init_cpio" -t 0 "$work/initramfs.list" >"$work/initramfs.cpio"
gzip -9n <"$work/initramfs.cpio" >"$work/initramfs.cpio.gz"

# 1 MiB raw disk: sector 0 starts with the signature init looks for.
{
  printf 'TTVM-DISK-SIGNATURE ttvm-linux-guest-disk-v1\n'
  head -c 1048576 /dev/zero
} | head -c 1048576 >"$work/disk.img"
printf 'TTVM-DISK-LAST-SECTOR\n' |
  dd of="$work/disk.img" bs=512 seek=2047 conv=notrunc status=none

for f in init initramfs.cpio initramfs.cpio.gz disk.img; do
  install_if_changed "$work/$f" "$out/$f"
done
if [ "$out" != "$kdir" ]; then
  for f in Image vmlinux; do
    cmp -s "$kdir/$f" "$out/$f" 2>/dev/null ||
      { ln -f "$kdir/$f" "$out/$f" 2>/dev/null || cp "$kdir/$f" "$out/$f"; }
  done
fi

cat <<EOF
TTVM_LINUX_DIR=$kdir
TTVM_LINUX_IMAGE=$out/Image
TTVM_LINUX_VMLINUX=$out/vmlinux
TTVM_LINUX_INITRAMFS=$out/initramfs.cpio
TTVM_LINUX_INITRAMFS_GZ=$out/initramfs.cpio.gz
TTVM_LINUX_DISK=$out/disk.img
TTVM_LINUX_INIT=$out/init
EOF
