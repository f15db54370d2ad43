#!/usr/bin/env python3
"""A Maven mirror on this machine for bench/run.sh: serves a folder over plain HTTP on 127.0.0.1 and
fills it from the upstream repository on a miss, so that once primed, cold builds download from here
and measure builds, not the network.

Usage: maven-mirror.py DIR UPSTREAM_URL PORT_FILE
UPSTREAM_URL is read from Maven's own super POM by the caller, never written here. The server binds a
free port, writes its number to PORT_FILE once it listens, and counts what it served from DIR and
what it fetched (GET /-/stats answers "hits misses").
"""
import http.server
import os
import shutil
import sys
import tempfile
import threading
import urllib.error
import urllib.request


class Mirror(http.server.BaseHTTPRequestHandler):
    root = ""
    upstream = ""
    hits = 0
    misses = 0
    lock = threading.Lock()

    def log_message(self, fmt, *args):
        sys.stderr.write("%s\n" % (fmt % args))

    def local_path(self):
        relative = os.path.normpath(self.path.split("?", 1)[0].lstrip("/"))
        if relative.startswith("..") or os.path.isabs(relative):
            return None
        return os.path.join(self.root, relative)

    def fetch(self, path):
        """The upstream file into path, atomically; False when upstream has none."""
        try:
            with urllib.request.urlopen(self.upstream + self.path, timeout=60) as response:
                os.makedirs(os.path.dirname(path), exist_ok=True)
                fd, partial = tempfile.mkstemp(dir=os.path.dirname(path))
                with os.fdopen(fd, "wb") as out:
                    shutil.copyfileobj(response, out)
                os.replace(partial, path)
                return True
        except urllib.error.HTTPError as e:
            if e.code in (403, 404):
                return False
            raise

    def serve(self, with_body):
        if self.path == "/-/stats":
            body = ("%d %d\n" % (Mirror.hits, Mirror.misses)).encode()
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if with_body:
                self.wfile.write(body)
            return
        path = self.local_path()
        if path is None or path.endswith(os.sep):
            self.send_error(404)
            return
        if os.path.isfile(path):
            with Mirror.lock:
                Mirror.hits += 1
        else:
            try:
                found = self.fetch(path)
            except (urllib.error.URLError, OSError) as e:
                self.send_error(502, str(e))
                return
            if not found:
                self.send_error(404)
                return
            with Mirror.lock:
                Mirror.misses += 1
        size = os.path.getsize(path)
        self.send_response(200)
        self.send_header("Content-Length", str(size))
        self.end_headers()
        if with_body:
            with open(path, "rb") as f:
                shutil.copyfileobj(f, self.wfile)

    def do_GET(self):
        self.serve(True)

    def do_HEAD(self):
        self.serve(False)


def main():
    if len(sys.argv) != 4:
        sys.exit("usage: maven-mirror.py DIR UPSTREAM_URL PORT_FILE")
    Mirror.root = os.path.abspath(sys.argv[1])
    Mirror.upstream = sys.argv[2].rstrip("/")
    os.makedirs(Mirror.root, exist_ok=True)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Mirror)
    with open(sys.argv[3], "w") as f:
        f.write(str(server.server_address[1]))
    server.serve_forever()


if __name__ == "__main__":
    main()
