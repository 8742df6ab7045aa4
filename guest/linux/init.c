/*
 * ttvm Linux guest: /init of the initramfs (pid 1).
 *
 * Checks the basics a kernel on ttvm must get right, one line each, then
 * prints "ttvm-init: all checks passed" (or "ttvm-init: N check(s) FAILED")
 * and powers the machine off through reboot(RB_POWER_OFF).  With `ttvm.shell`
 * on the kernel command line it then reads commands from the console instead
 * (echo, cat, ls, rng, uptime, help, reboot, poweroff) until `poweroff` or EOF.
 * When the kernel has an eth0 (virtio-net; the address comes from the
 * command line's ip=, see README.md), a forked child serves TCP echo on port
 * 7 meanwhile: one connection at a time, everything read is written back
 * until the peer closes.  Host tests reach it through hostfwd.
 *
 * Built by build.sh with riscv64-linux-gnu-gcc -static.  By default against
 * the kernel tree's nolibc (tools/include/nolibc, -include'd, which defines
 * NOLIBC) for rv64imac/lp64: a few KiB, no floating point, so it runs on a
 * hart without F/D.  TTVM_INIT_LIBC=glibc builds the same source against
 * Debian's static glibc (rv64gc/lp64d: needs F and D).
 *
 * Output goes through write(2) only; the code uses no stdio so that both
 * libcs behave the same.
 */
#ifndef NOLIBC
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/reboot.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>
#include <netinet/in.h>
#include <sys/socket.h>
typedef struct dirent64 dirent_t;
#else
typedef struct linux_dirent64 dirent_t;
#define _exit(code) exit(code) /* nolibc's exit() is the bare syscall */

/* nolibc (6.1) has no socket calls: the raw system calls, errno as nolibc
 * sets it, and the uapi's sockaddr_in. */
#include <linux/in.h>
#define AF_INET 2
#define SOCK_STREAM 1
#define SOL_SOCKET 1
#define SO_REUSEADDR 2
#define MSG_NOSIGNAL 0x4000
static long sys_result(long r)
{
	if (r < 0) {
		SET_ERRNO(-r);
		return -1;
	}
	return r;
}
static int socket(int domain, int type, int protocol)
{
	return (int)sys_result(my_syscall3(__NR_socket, domain, type, protocol));
}
static int setsockopt(int fd, int level, int name, const void *val, int len)
{
	return (int)sys_result(my_syscall5(__NR_setsockopt, fd, level, name, val, len));
}
static int bind(int fd, const void *addr, int len)
{
	return (int)sys_result(my_syscall3(__NR_bind, fd, addr, len));
}
static int listen(int fd, int backlog)
{
	return (int)sys_result(my_syscall2(__NR_listen, fd, backlog));
}
static int accept(int fd, void *addr, void *len)
{
	return (int)sys_result(my_syscall3(__NR_accept, fd, addr, len));
}
static ssize_t send(int fd, const void *buf, size_t n, int flags)
{
	return sys_result(my_syscall6(__NR_sendto, fd, buf, n, flags, 0, 0));
}
#endif

#ifndef RB_POWER_OFF
#define RB_POWER_OFF 0x4321fedc /* LINUX_REBOOT_CMD_POWER_OFF */
#endif
#ifndef RB_AUTOBOOT
#define RB_AUTOBOOT 0x01234567 /* LINUX_REBOOT_CMD_RESTART */
#endif

#define DISK_SIGNATURE "TTVM-DISK-SIGNATURE"
#define CHILD_CODE 42

static int failures;

/* ---- output ------------------------------------------------------------ */

static void out_n(const char *s, size_t n)
{
	while (n > 0) {
		ssize_t w = write(1, s, n);
		if (w <= 0)
			return;
		s += w;
		n -= (size_t)w;
	}
}

static void out(const char *s) { out_n(s, strlen(s)); }

static void out_dec(long v)
{
	char buf[24];
	int i = sizeof(buf);
	unsigned long u = v < 0 ? -(unsigned long)v : (unsigned long)v;
	do {
		buf[--i] = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	if (v < 0)
		buf[--i] = '-';
	out_n(buf + i, sizeof(buf) - i);
}

static void out_hex(const unsigned char *p, size_t n)
{
	static const char digits[] = "0123456789abcdef";
	for (size_t i = 0; i < n; i++) {
		char c[2] = { digits[p[i] >> 4], digits[p[i] & 15] };
		out_n(c, 2);
	}
}

/* Prints "ttvm-init: <a><b>\n"; b may be NULL. */
static void say(const char *a, const char *b)
{
	out("ttvm-init: ");
	out(a);
	if (b)
		out(b);
	out("\n");
}

static void fail(const char *what)
{
	failures++;
	out("ttvm-init: FAIL: ");
	out(what);
	out(" (errno ");
	out_dec(errno);
	out(")\n");
}

/* ---- small helpers ------------------------------------------------------ */

/* Reads up to cap-1 bytes of a file into buf, NUL-terminated; -1 on error. */
static long read_file(const char *path, char *buf, size_t cap)
{
	int fd = open(path, O_RDONLY, 0);
	if (fd < 0)
		return -1;
	size_t n = 0;
	while (n + 1 < cap) {
		ssize_t r = read(fd, buf + n, cap - 1 - n);
		if (r < 0) {
			close(fd);
			return -1;
		}
		if (r == 0)
			break;
		n += (size_t)r;
	}
	close(fd);
	buf[n] = 0;
	return (long)n;
}

static void chomp(char *s)
{
	size_t n = strlen(s);
	while (n > 0 && (s[n - 1] == '\n' || s[n - 1] == ' '))
		s[--n] = 0;
}

static int read_exact(int fd, void *buf, size_t n)
{
	size_t got = 0;
	while (got < n) {
		ssize_t r = read(fd, (char *)buf + got, n - got);
		if (r <= 0)
			return -1;
		got += (size_t)r;
	}
	return 0;
}

static int do_mount(const char *src, const char *dst, const char *type)
{
	mkdir(dst, 0755); /* present in the initramfs; harmless if so */
	if (mount(src, dst, type, 0, 0) == 0 || errno == EBUSY)
		return 0;
	return -1;
}

/* True when the kernel command line has the word `word` (or `word=...`). */
static int cmdline_has(const char *word)
{
	static char buf[1024];
	if (read_file("/proc/cmdline", buf, sizeof(buf)) < 0)
		return 0;
	size_t n = strlen(word);
	for (char *p = buf; *p;) {
		while (*p == ' ' || *p == '\n')
			p++;
		char *e = p;
		while (*e && *e != ' ' && *e != '\n')
			e++;
		if ((size_t)(e - p) >= n && strncmp(p, word, n) == 0 &&
		    (p + n == e || p[n] == '='))
			return 1;
		p = e;
	}
	return 0;
}

static void print_uptime(void)
{
	char buf[64];
	if (read_file("/proc/uptime", buf, sizeof(buf)) < 0)
		return;
	char *sp = strchr(buf, ' ');
	if (sp)
		*sp = 0;
	out("ttvm-init: uptime ");
	out(buf);
	out(" s of guest time\n");
}

/* ---- the checks --------------------------------------------------------- */

static void check_mounts(void)
{
	static char buf[512];
	if (do_mount("proc", "/proc", "proc") < 0)
		return fail("mount /proc");
	if (do_mount("sysfs", "/sys", "sysfs") < 0)
		fail("mount /sys");
	if (do_mount("devtmpfs", "/dev", "devtmpfs") < 0)
		return fail("mount /dev (devtmpfs)");
	int fd = open("/dev/null", O_WRONLY, 0);
	if (fd < 0)
		return fail("open /dev/null on devtmpfs");
	close(fd);
	say("mounted /proc, /sys and /dev (devtmpfs)", 0);
	if (read_file("/proc/version", buf, sizeof(buf)) > 0) {
		chomp(buf);
		say("kernel: ", buf);
	}
	if (read_file("/sys/devices/system/cpu/online", buf, sizeof(buf)) > 0) {
		chomp(buf);
		say("cpus online: ", buf);
	}
}

static void check_tmpfs(void)
{
	static const char text[] = "hello from ttvm tmpfs\n";
	char buf[64];
	if (do_mount("tmpfs", "/tmp", "tmpfs") < 0)
		return fail("mount /tmp (tmpfs)");
	int fd = open("/tmp/hello.txt", O_WRONLY | O_CREAT | O_TRUNC, 0644);
	if (fd < 0)
		return fail("create /tmp/hello.txt");
	if (write(fd, text, sizeof(text) - 1) != (ssize_t)(sizeof(text) - 1)) {
		close(fd);
		return fail("write /tmp/hello.txt");
	}
	close(fd);
	if (read_file("/tmp/hello.txt", buf, sizeof(buf)) != (long)(sizeof(text) - 1) ||
	    memcmp(buf, text, sizeof(text) - 1) != 0) {
		errno = 0;
		return fail("read back /tmp/hello.txt");
	}
	say("tmpfs: wrote and read back /tmp/hello.txt", 0);
}

static void check_disk(void)
{
	static unsigned char sector[512];
	int fd = open("/dev/vda", O_RDONLY, 0);
	if (fd < 0) {
		if (errno == ENOENT || errno == ENXIO) {
			say("/dev/vda: not present, skipped", 0);
			return;
		}
		return fail("open /dev/vda");
	}
	int r = read_exact(fd, sector, sizeof(sector));
	close(fd);
	if (r < 0)
		return fail("read sector 0 of /dev/vda");
	size_t n = strlen(DISK_SIGNATURE);
	if (memcmp(sector, DISK_SIGNATURE, n) != 0) {
		errno = 0;
		return fail("/dev/vda sector 0 does not start with " DISK_SIGNATURE);
	}
	/* The signature line: printable bytes up to the first newline. */
	char line[96];
	size_t i = 0;
	while (i < sizeof(line) - 1 && sector[i] >= ' ' && sector[i] < 127) {
		line[i] = (char)sector[i];
		i++;
	}
	line[i] = 0;
	say("/dev/vda: read sector 0: ", line);
}

/* dwrite SECTOR TEXT: TEXT (and zeros) into one sector of /dev/vda, synced
 * to the device; dread SECTOR: its printable start. Tests of disk writes
 * and of time travel over them. */
static void cmd_disk(int write_it, const char *sector_arg, const char *text)
{
	static unsigned char sector[512];
	long n = atol(sector_arg);
	int fd = open("/dev/vda", write_it ? O_RDWR : O_RDONLY, 0);
	if (fd < 0 || n < 0 || lseek(fd, (off_t)n * 512, SEEK_SET) < 0) {
		out("disk: cannot open /dev/vda or seek\n");
		if (fd >= 0)
			close(fd);
		return;
	}
	if (write_it) {
		memset(sector, 0, sizeof(sector));
		size_t len = strlen(text);
		memcpy(sector, text, len < sizeof(sector) ? len : sizeof(sector) - 1);
		if (write(fd, sector, sizeof(sector)) != (ssize_t)sizeof(sector) || fsync(fd) != 0)
			out("disk: write failed\n");
		else
			out("disk: wrote sector\n");
	} else if (read_exact(fd, sector, sizeof(sector)) == 0) {
		char line[80];
		size_t i = 0;
		while (i < sizeof(line) - 1 && sector[i] >= ' ' && sector[i] < 127) {
			line[i] = (char)sector[i];
			i++;
		}
		line[i] = 0;
		out("disk: sector says '");
		out(line);
		out("'\n");
	} else {
		out("disk: read failed\n");
	}
	close(fd);
}

/* work N: a long workload for the time-travel benchmark: N rounds of about
 * 10^7 instructions of computation, each ending with a disk write and a
 * console line. */
volatile unsigned long work_buf[4096]; /* cmd_work's memory traffic */

static void cmd_work(const char *rounds_arg)
{
	long rounds = atol(rounds_arg);
	unsigned long x = 1;
	char text[32];
	for (long r = 0; r < rounds; r++) {
		for (long i = 0; i < 1000000; i++) {
			x = x * 6364136223846793005ul + 1442695040888963407ul;
			work_buf[(x >> 40) & 4095] = x;
		}
		char *p = text + sizeof(text) - 1;
		*p = 0;
		long v = r;
		do {
			*--p = (char)('0' + v % 10);
			v /= 10;
		} while (v);
		char sector_arg[8] = {(char)('0' + (r % 10)), 0};
		cmd_disk(1, sector_arg, p);
		out("work: round ");
		out(p);
		out("\n");
	}
}

static void check_rng(void)
{
	unsigned char bytes[16];
	int fd = open("/dev/hwrng", O_RDONLY, 0);
	if (fd < 0) {
		if (errno == ENOENT || errno == ENODEV || errno == ENXIO) {
			say("/dev/hwrng: not present, skipped", 0);
			return;
		}
		return fail("open /dev/hwrng");
	}
	int r = read_exact(fd, bytes, sizeof(bytes));
	close(fd);
	if (r < 0 && errno == ENODEV) { /* the node exists, no rng behind it */
		say("/dev/hwrng: no device, skipped", 0);
		return;
	}
	if (r < 0)
		return fail("read 16 bytes from /dev/hwrng");
	out("ttvm-init: /dev/hwrng: got 16 bytes: ");
	out_hex(bytes, sizeof(bytes));
	out("\n");
}

static void check_rtc(void)
{
	char date[32], time[32];
	if (read_file("/sys/class/rtc/rtc0/date", date, sizeof(date)) <= 0 ||
	    read_file("/sys/class/rtc/rtc0/time", time, sizeof(time)) <= 0) {
		say("rtc0: not present, skipped", 0);
		return;
	}
	chomp(date);
	chomp(time);
	out("ttvm-init: rtc0: ");
	out(date);
	out(" ");
	out(time);
	out(" UTC\n");
}

static void check_fork(void)
{
	pid_t pid = fork();
	if (pid < 0)
		return fail("fork");
	if (pid == 0) {
		out("ttvm-init: child: pid ");
		out_dec(getpid());
		out(", exiting with ");
		out_dec(CHILD_CODE);
		out("\n");
		_exit(CHILD_CODE);
	}
	int status = 0;
	if (waitpid(pid, &status, 0) != pid)
		return fail("waitpid");
	if (!WIFEXITED(status) || WEXITSTATUS(status) != CHILD_CODE) {
		errno = 0;
		return fail("child exit status");
	}
	out("ttvm-init: fork: child ");
	out_dec(pid);
	out(" exited with ");
	out_dec(WEXITSTATUS(status));
	out(" as expected\n");
}

/* ---- TCP echo on port 7 ------------------------------------------------- */

#define ECHO_PORT 7

/* The child's loop: connections one after the other, each echoed until EOF.
 * send() with MSG_NOSIGNAL: a peer that left must not kill the server. */
static void echo_serve(int ls)
{
	static char buf[2048];
	for (long conn = 1;; conn++) {
		int c = accept(ls, 0, 0);
		if (c < 0) {
			conn--;
			continue;
		}
		long total = 0;
		ssize_t r;
		while ((r = read(c, buf, sizeof(buf))) > 0) {
			ssize_t done = 0;
			while (done < r) {
				ssize_t w = send(c, buf + done, (size_t)(r - done), MSG_NOSIGNAL);
				if (w <= 0)
					break;
				done += w;
			}
			if (done < r)
				break;
			total += r;
		}
		close(c);
		out("ttvm-init: echo: connection ");
		out_dec(conn);
		out(" closed after ");
		out_dec(total);
		out(" bytes\n");
	}
}

static void check_net(void)
{
	char mac[32], carrier[8];
	if (read_file("/sys/class/net/eth0/address", mac, sizeof(mac)) <= 0) {
		say("eth0: not present, skipped", 0);
		return;
	}
	/* carrier, not operstate: the kernel updates operstate later (linkwatch). */
	if (read_file("/sys/class/net/eth0/carrier", carrier, sizeof(carrier)) <= 0)
		carrier[0] = 0;
	chomp(mac);
	out("ttvm-init: eth0: ");
	out(mac);
	out(carrier[0] == '1' ? ", link up\n" : ", no carrier\n");
	int ls = socket(AF_INET, SOCK_STREAM, 0);
	if (ls < 0)
		return fail("socket(AF_INET, SOCK_STREAM)");
	int one = 1;
	setsockopt(ls, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	struct sockaddr_in a;
	memset(&a, 0, sizeof(a));
	a.sin_family = AF_INET;
	a.sin_port = (unsigned short)((ECHO_PORT >> 8) | ((ECHO_PORT & 0xff) << 8)); /* big-endian */
	a.sin_addr.s_addr = 0; /* INADDR_ANY */
	if (bind(ls, &a, sizeof(a)) < 0 || listen(ls, 4) < 0) {
		close(ls);
		return fail("bind/listen on tcp port 7");
	}
	pid_t pid = fork();
	if (pid < 0) {
		close(ls);
		return fail("fork the echo server");
	}
	if (pid == 0) {
		echo_serve(ls);
		_exit(0);
	}
	close(ls);
	out("ttvm-init: echo: listening on tcp port 7 (pid ");
	out_dec(pid);
	out(")\n");
}

/* ---- power off and the shell ------------------------------------------- */

static void power_off(void)
{
	say("powering off", 0);
	reboot(RB_POWER_OFF);
	fail("reboot(RB_POWER_OFF) returned");
	for (;;)
		sleep(1000);
}

static void cmd_cat(const char *path)
{
	char buf[512];
	int fd = open(path, O_RDONLY, 0);
	if (fd < 0) {
		out("cat: cannot open ");
		out(path);
		out("\n");
		return;
	}
	ssize_t r;
	while ((r = read(fd, buf, sizeof(buf))) > 0)
		out_n(buf, (size_t)r);
	close(fd);
}

static void cmd_ls(const char *path)
{
	static char buf[2048];
	int fd = open(path, O_RDONLY | O_DIRECTORY, 0);
	if (fd < 0) {
		out("ls: cannot open ");
		out(path);
		out("\n");
		return;
	}
	long n;
	while ((n = getdents64(fd, (dirent_t *)buf, sizeof(buf))) > 0) {
		for (long off = 0; off < n;) {
			dirent_t *d = (dirent_t *)(buf + off);
			if (strcmp(d->d_name, ".") != 0 && strcmp(d->d_name, "..") != 0) {
				out(d->d_name);
				out(d->d_type == 4 /* DT_DIR */ ? "/\n" : "\n");
			}
			off += d->d_reclen;
		}
	}
	close(fd);
}

static void cmd_rng(const char *arg)
{
	unsigned char bytes[64];
	long n = arg ? atol(arg) : 16;
	if (n <= 0 || n > (long)sizeof(bytes))
		n = 16;
	int fd = open("/dev/hwrng", O_RDONLY, 0);
	if (fd < 0 || read_exact(fd, bytes, (size_t)n) < 0) {
		out("rng: cannot read /dev/hwrng\n");
	} else {
		out_hex(bytes, (size_t)n);
		out("\n");
	}
	if (fd >= 0)
		close(fd);
}

static void shell(void)
{
	static char line[512];
	say("shell: commands: echo, cat FILE, ls [DIR], rng [N], uptime, help, reboot, poweroff", 0);
	for (;;) {
		out("ttvm# ");
		size_t n = 0;
		for (;;) { /* one line, whatever the tty mode */
			char c;
			ssize_t r = read(0, &c, 1);
			if (r <= 0) {
				if (n == 0) {
					out("\n");
					return; /* EOF */
				}
				break;
			}
			if (c == '\r' || c == '\n')
				break;
			if (n < sizeof(line) - 1)
				line[n++] = c;
		}
		line[n] = 0;
		char *argv[16];
		int argc = 0;
		for (char *p = line; *p && argc < 16;) {
			while (*p == ' ' || *p == '\t')
				*p++ = 0;
			if (!*p)
				break;
			argv[argc++] = p;
			while (*p && *p != ' ' && *p != '\t')
				p++;
		}
		if (argc == 0)
			continue;
		const char *cmd = argv[0];
		if (strcmp(cmd, "echo") == 0) {
			for (int i = 1; i < argc; i++) {
				if (i > 1)
					out(" ");
				out(argv[i]);
			}
			out("\n");
		} else if (strcmp(cmd, "cat") == 0) {
			for (int i = 1; i < argc; i++)
				cmd_cat(argv[i]);
		} else if (strcmp(cmd, "ls") == 0) {
			cmd_ls(argc > 1 ? argv[1] : "/");
		} else if (strcmp(cmd, "rng") == 0) {
			cmd_rng(argc > 1 ? argv[1] : 0);
		} else if (strcmp(cmd, "dwrite") == 0 && argc == 3) {
			cmd_disk(1, argv[1], argv[2]);
		} else if (strcmp(cmd, "work") == 0 && argc == 2) {
			cmd_work(argv[1]);
		} else if (strcmp(cmd, "dread") == 0 && argc == 2) {
			cmd_disk(0, argv[1], 0);
		} else if (strcmp(cmd, "uptime") == 0) {
			cmd_cat("/proc/uptime");
		} else if (strcmp(cmd, "help") == 0) {
			out("echo ARGS | cat FILE... | ls [DIR] | rng [N<=64] | dwrite SECTOR TEXT | dread SECTOR | work N | uptime | reboot | poweroff\n");
		} else if (strcmp(cmd, "reboot") == 0) {
			say("rebooting", 0);
			reboot(RB_AUTOBOOT);
			fail("reboot(RB_AUTOBOOT) returned");
		} else if (strcmp(cmd, "panic") == 0) {
			/* Test only (tests/history_linux_test.sh): pid 1 dies of a
			 * SIGSEGV, so the kernel panics ("Attempted to kill init!"). */
			out("init: writing through a bad pointer\n");
			static volatile unsigned long bad = 16; /* hidden from the compiler */
			*(volatile int *)bad = 1;
		} else if (strcmp(cmd, "poweroff") == 0 || strcmp(cmd, "exit") == 0) {
			return;
		} else {
			out("unknown command: ");
			out(cmd);
			out("\n");
		}
	}
}

int main(void)
{
	out("ttvm-init: hello from pid ");
	out_dec(getpid());
	out("\n");
	if (getpid() != 1) {
		errno = 0;
		fail("not running as pid 1");
	}
	check_mounts();
	check_tmpfs();
	check_disk();
	check_rng();
	check_rtc();
	check_fork();
	check_net();
	print_uptime();
	if (failures == 0) {
		say("all checks passed", 0);
	} else {
		out("ttvm-init: ");
		out_dec(failures);
		out(" check(s) FAILED\n");
	}
	if (cmdline_has("ttvm.shell"))
		shell();
	power_off();
	return 0;
}
