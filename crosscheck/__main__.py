from crosscheck.cli import run

run()
