## -*- texinfo -*-
## @deftypefn {} {} xc_test_die ()
## Test helper for the harness: kills its own Octave process, as a crash would.
## @end deftypefn
function xc_test_die ()
  kill (getpid (), 9);
endfunction
