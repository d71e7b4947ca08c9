## -*- texinfo -*-
## @deftypefn  {} {@var{x} =} checkScalar (@var{fname}, @var{argname}, @var{x})
## @deftypefnx {} {@var{x} =} checkScalar (@var{fname}, @var{argname}, @var{x}, @var{sign})
## Refuse anything but a real scalar for @var{argname}; with @var{sign}
## "positive" or "non-negative", also one on the wrong side of 0 (NaN
## included).  Return it as a double.
## @end deftypefn
function x = checkScalar (fname, argname, x, sign = "")
  ok = (isnumeric (x) || islogical (x)) && isreal (x) && isscalar (x);
  switch (sign)
    case "positive"
      ok = ok && x > 0;
    case "non-negative"
      ok = ok && x >= 0;
  endswitch
  if (! ok)
    if (isempty (sign))
      error ("%s: %s must be a real scalar, got %s", fname, argname, valueText (x));
    else
      error ("%s: %s must be a %s real scalar, got %s", fname, argname, sign, valueText (x));
    endif
  endif
  x = double (x);
endfunction
