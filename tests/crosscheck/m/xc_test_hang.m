## -*- texinfo -*-
## @deftypefn {} {} xc_test_hang ()
## Test helper for the harness: never returns (until interrupted).
## @end deftypefn
function xc_test_hang ()
  while (true)
  endwhile
endfunction
