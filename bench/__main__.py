"""`python -m bench` (what `make bench` runs): SPEC §7's figures."""

from bench.run import main

main()
