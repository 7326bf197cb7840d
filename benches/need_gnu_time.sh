# Sourced by the whole-process benchmarks: installs GNU time (Debian package `time`), which
# they read peak RSS from, when it is missing.
if [[ ! -x /usr/bin/time ]]; then
    echo "installing GNU time (apt package \`time\`) for peak RSS" >&2
    if [[ $(id -u) -eq 0 ]]; then apt-get install -y time >&2; else sudo apt-get install -y time >&2; fi
fi
