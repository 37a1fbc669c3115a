//go:build linux && cgo && (amd64 || arm64)

// The helper of a traced command, run by the C library's start before the
// Go runtime's when nldump's environment has _NLDUMP_TRACE_HELPER (see
// package traceexec, whose init function is the same helper in Go).

#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#define CSTART_ENV "_NLDUMP_TRACE_HELPER="

// cstart_fd reads a descriptor number up to the separator sep; NULL when
// it is not one.
static const char *cstart_fd(const char *s, char sep, int *fd) {
	int n = 0, digits = 0;
	for (; *s >= '0' && *s <= '9'; s++, digits++) {
		if (n > 1 << 20) {
			return NULL;
		}
		n = n * 10 + (*s - '0');
	}
	if (digits == 0 || *s != sep) {
		return NULL;
	}
	*fd = n;
	return s;
}

static size_t cstart_read(int fd, void *b, size_t n) {
	size_t got = 0;
	while (got < n) {
		ssize_t r = read(fd, (char *)b + got, n - got);
		if (r < 0 && errno == EINTR) {
			continue;
		}
		if (r <= 0) {
			break;
		}
		got += (size_t)r;
	}
	return got;
}

// cstart_install puts the filter in place; without CAP_SYS_ADMIN the
// kernel wants no_new_privs first.
static int cstart_install(struct sock_filter *prog, uint16_t count) {
	struct sock_fprog fp = {.len = count, .filter = prog};
	long r = syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &fp);
	if (r != 0 && errno == EACCES && prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) == 0) {
		r = syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &fp);
	}
	return r == 0;
}

// cstart_strerror is the text traceexec gives for each error of execve.
static const char *cstart_strerror(int e) {
	switch (e) {
	case ENOENT:
		return "No such file or directory";
	case EACCES:
		return "Permission denied";
	case E2BIG:
		return "Argument list too long";
	case ENOEXEC:
		return "Exec format error";
	case ENOMEM:
		return "Cannot allocate memory";
	case ENOTDIR:
		return "Not a directory";
	case EISDIR:
		return "Is a directory";
	case ETXTBSY:
		return "Text file busy";
	case ENAMETOOLONG:
		return "File name too long";
	case ELOOP:
		return "Too many levels of symbolic links";
	}
	return "cannot execute";
}

// cstart_args reads the program's arguments from /proc/self/cmdline (a
// constructor is given none by every C library): a NULL-terminated
// array, its count in *argc; NULL when it cannot.
static char **cstart_args(int *argc) {
	int fd = open("/proc/self/cmdline", O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		return NULL;
	}
	size_t len = 0, size = 4096;
	char *b = malloc(size + 1);
	for (;;) {
		if (b == NULL) {
			close(fd);
			return NULL;
		}
		ssize_t r = read(fd, b + len, size - len);
		if (r < 0 && errno == EINTR) {
			continue;
		}
		if (r <= 0) {
			break;
		}
		len += (size_t)r;
		if (len == size) {
			size *= 2;
			b = realloc(b, size + 1);
		}
	}
	close(fd);
	b[len] = '\0';
	int n = 0;
	for (size_t i = 0; i < len; i++) {
		n += b[i] == '\0';
	}
	char **argv = malloc(sizeof(char *) * (n + 1));
	if (argv == NULL) {
		return NULL;
	}
	int k = 0;
	for (size_t i = 0; i < len && k < n; k++) {
		argv[k] = b + i;
		i += strlen(b + i) + 1;
	}
	argv[k] = NULL;
	*argc = k;
	return argv;
}

static void cstart_say(const char *s) {
	ssize_t r = write(2, s, strlen(s));
	(void)r;
}

extern char **environ;

__attribute__((constructor)) static void cstart(void) {
	const char *val = NULL;
	size_t envs = 0;
	char **envp = environ;
	if (envp == NULL) {
		return;
	}
	for (char **e = envp; *e != NULL; e++, envs++) {
		if (val == NULL && strncmp(*e, CSTART_ENV, strlen(CSTART_ENV)) == 0) {
			val = *e + strlen(CSTART_ENV);
		}
	}
	if (val == NULL) {
		return;
	}
	if (strcmp(val, "exit") == 0) {
		_exit(0);
	}
	int seccomp;
	const char *rest;
	if (strncmp(val, "run-seccomp:", 12) == 0) {
		seccomp = 1;
		rest = val + 12;
	} else if (strncmp(val, "run:", 4) == 0) {
		seccomp = 0;
		rest = val + 4;
	} else {
		_exit(125);
	}
	int go_fd, st_fd, argc = 0;
	rest = cstart_fd(rest, ':', &go_fd);
	char **argv = cstart_args(&argc);
	if (rest == NULL || cstart_fd(rest + 1, '\0', &st_fd) == NULL || argv == NULL || argc < 3) {
		_exit(125);
	}
	// The two descriptors close at the exec: closed by hand after the
	// filter is in place, each would stop at the tracer.
	fcntl(go_fd, F_SETFD, FD_CLOEXEC);
	fcntl(st_fd, F_SETFD, FD_CLOEXEC);
	char b;
	if (cstart_read(go_fd, &b, 1) != 1) {
		// the tracer could not attach and gave up
		_exit(125);
	}
	char status = 'N';
	if (seccomp) {
		uint16_t count;
		if (cstart_read(go_fd, &count, 2) == 2 && count > 0) {
			struct sock_filter *prog = malloc(sizeof(*prog) * count);
			if (prog != NULL && cstart_read(go_fd, prog, sizeof(*prog) * count) == sizeof(*prog) * count &&
			    cstart_install(prog, count)) {
				status = 'S';
			}
		}
	}
	ssize_t w = write(st_fd, &status, 1);
	(void)w;

	char **env = malloc(sizeof(char *) * (envs + 1));
	if (env == NULL) {
		_exit(125);
	}
	size_t k = 0;
	for (char **e = envp; *e != NULL; e++) {
		if (strncmp(*e, CSTART_ENV, strlen(CSTART_ENV)) != 0) {
			env[k++] = *e;
		}
	}
	env[k] = NULL;
	execve(argv[1], argv + 2, env);
	int e = errno;
	// as a shell says it
	cstart_say("nldump trace: ");
	cstart_say(argv[2]);
	cstart_say(": ");
	cstart_say(cstart_strerror(e));
	cstart_say("\n");
	_exit(e == ENOENT ? 127 : 126);
}
