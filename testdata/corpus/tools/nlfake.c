#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <linux/netlink.h>
#include <linux/sock_diag.h>
#include <linux/netlink_diag.h>
/*
 * nlfake.so, preloaded into strace: rewrites the protocol of the netlink
 * sockets that sock_diag reports as NLFAKE_FROM into NLFAKE_TO, so that
 * strace decodes a socket of one protocol as another. It lets strace 6.1
 * decode NETLINK_CRYPTO buffers sent on a NETLINK_USERSOCK socket on a
 * kernel without CONFIG_CRYPTO_USER (TestCryptoCasesAgainstStrace):
 *
 *   gcc -shared -fPIC -o /tmp/nlfake.so nlfake.c -ldl
 *   NLDUMP_NLFAKE=/tmp/nlfake.so go test ./decode -run TestCryptoCasesAgainstStrace
 */
ssize_t recvmsg(int fd, struct msghdr *msg, int flags) {
	static ssize_t (*real)(int, struct msghdr *, int);
	if (!real) real = dlsym(RTLD_NEXT, "recvmsg");
	ssize_t n = real(fd, msg, flags);
	const char *f = getenv("NLFAKE_FROM"), *t = getenv("NLFAKE_TO");
	if (n <= 0 || !f || !t || msg->msg_iovlen < 1) return n;
	unsigned char *b = msg->msg_iov[0].iov_base;
	ssize_t off = 0;
	while (off + (ssize_t)sizeof(struct nlmsghdr) <= n) {
		struct nlmsghdr *h = (void *)(b + off);
		if (h->nlmsg_len < sizeof(*h) || off + h->nlmsg_len > n) break;
		if (h->nlmsg_type == SOCK_DIAG_BY_FAMILY && h->nlmsg_len >= NLMSG_LENGTH(sizeof(struct netlink_diag_msg))) {
			struct netlink_diag_msg *m = NLMSG_DATA(h);
			if (m->ndiag_family == AF_NETLINK && m->ndiag_protocol == atoi(f)) m->ndiag_protocol = atoi(t);
		}
		off += NLMSG_ALIGN(h->nlmsg_len);
	}
	return n;
}
