#!/usr/bin/env python3
"""A private Maven repository for e2e/private-repo.sh: serves a folder over HTTPS on 127.0.0.1, read-only,
to one user with Basic auth (401 for anyone else).

Usage: REPO_USER=... REPO_PASSWORD=... TLS_CERT=... TLS_KEY=... private-repo-server.py DIR PORT_FILE
TLS_CERT and TLS_KEY (PEM) are the server's certificate, signed by the test's own CA; without them it
serves plain HTTP.
The credentials come from the environment, not the command line, which any process can read. The
server binds a free port, writes its number to PORT_FILE once it listens, and logs request lines (no
headers, so never the credentials) to stderr.
"""
import base64
import functools
import hmac
import http.server
import os
import ssl
import sys


class Handler(http.server.SimpleHTTPRequestHandler):
    expected = b""

    def authorized(self):
        header = self.headers.get("Authorization", "")
        scheme, _, value = header.partition(" ")
        if scheme.lower() != "basic":
            return False
        try:
            given = base64.b64decode(value.strip(), validate=True)
        except ValueError:
            return False
        return hmac.compare_digest(given, self.expected)

    def refuse(self):
        self.send_response(401)
        self.send_header("WWW-Authenticate", 'Basic realm="private"')
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self):
        if self.authorized():
            super().do_GET()
        else:
            self.refuse()

    def do_HEAD(self):
        if self.authorized():
            super().do_HEAD()
        else:
            self.refuse()


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: REPO_USER=... REPO_PASSWORD=... private-repo-server.py DIR PORT_FILE")
    root, port_file = sys.argv[1], sys.argv[2]
    user, password = os.environ.get("REPO_USER", ""), os.environ.get("REPO_PASSWORD", "")
    if not user or not password:
        sys.exit("REPO_USER and REPO_PASSWORD must be set")
    Handler.expected = f"{user}:{password}".encode()
    handler = functools.partial(Handler, directory=root)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    cert, key = os.environ.get("TLS_CERT"), os.environ.get("TLS_KEY")
    if cert and key:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        server.socket = context.wrap_socket(server.socket, server_side=True)
    # Written only now that the socket listens: the caller waits for this file.
    tmp = port_file + ".tmp"
    with open(tmp, "w", encoding="ascii") as f:
        f.write(f"{server.server_address[1]}\n")
    os.replace(tmp, port_file)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
