## -*- texinfo -*-
## @deftypefn {} {@var{y} =} xc_test_noisy (@var{x})
## Test helper for the harness: prints to stdout and stderr, then returns 2*@var{x}.
## @end deftypefn
function y = xc_test_noisy (x)
  printf ("progress line that is not a result\n");
  fprintf (stderr, "a warning the user should see\n");
  y = 2 * x;
endfunction
