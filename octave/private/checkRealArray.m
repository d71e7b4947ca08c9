## -*- texinfo -*-
## @deftypefn {} {@var{A} =} checkRealArray (@var{fname}, @var{argname}, @var{A})
## Refuse anything but a real numeric array (of any size) for @var{argname};
## return it as a double.
## @end deftypefn
function A = checkRealArray (fname, argname, A)
  if (! ((isnumeric (A) || islogical (A)) && isreal (A)))
    error ("%s: %s must be a real numeric array, got %s", fname, argname, valueText (A));
  endif
  A = double (A);
endfunction
