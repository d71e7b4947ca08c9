## -*- texinfo -*-
## @deftypefn  {} {@var{A} =} checkMatrix (@var{fname}, @var{argname}, @var{A})
## @deftypefnx {} {@var{A} =} checkMatrix (@var{fname}, @var{argname}, @var{A}, @var{allow_empty})
## Refuse anything but a real numeric matrix for @var{argname}, and an empty
## one unless @var{allow_empty} (default false); return @var{A} as a double.
## @end deftypefn
function A = checkMatrix (fname, argname, A, allow_empty = false)
  if (! ((isnumeric (A) || islogical (A)) && isreal (A) && ismatrix (A)))
    error ("%s: %s must be a real numeric matrix, got %s", fname, argname, valueText (A));
  endif
  if (! allow_empty && isempty (A))
    error ("%s: %s must have at least one row and one column (%s is %s)",
           fname, argname, argname, shapeText (A));
  endif
  A = double (A);
endfunction
