## -*- texinfo -*-
## @deftypefn {} {[@var{x1}, @var{x2}] =} checkSvmKernelArgs (@var{fname}, @var{x1}, @var{x2})
## Check the two examples a kernel compares: non-empty real numeric vectors (rows,
## columns or scalars) of the same number of elements.  Return them as double
## columns.
## @end deftypefn
function [x1, x2] = checkSvmKernelArgs (fname, x1, x2)
  if (! ((isnumeric (x1) || islogical (x1)) && isreal (x1) && isvector (x1) && ! isempty (x1)))
    error ("%s: X1 must be a real numeric vector, got %s", fname, valueText (x1));
  endif
  if (! ((isnumeric (x2) || islogical (x2)) && isreal (x2) && isvector (x2) && ! isempty (x2)))
    error ("%s: X2 must be a real numeric vector, got %s", fname, valueText (x2));
  endif
  if (numel (x1) != numel (x2))
    error ("%s: X1 and X2 must have the same number of elements (X1 has %d, X2 has %d)",
           fname, numel (x1), numel (x2));
  endif
  x1 = double (x1(:));
  x2 = double (x2(:));
endfunction
