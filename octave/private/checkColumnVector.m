## -*- texinfo -*-
## @deftypefn  {} {@var{v} =} checkColumnVector (@var{fname}, @var{argname}, @var{v})
## @deftypefnx {} {@var{v} =} checkColumnVector (@var{fname}, @var{argname}, @var{v}, @var{least})
## Refuse anything but a real numeric column of at least @var{least} elements
## (default 1) for @var{argname}; return it as a double.
## @end deftypefn
function v = checkColumnVector (fname, argname, v, least = 1)
  if (! ((isnumeric (v) || islogical (v)) && isreal (v) && iscolumn (v) && numel (v) >= least))
    if (least > 1)
      error ("%s: %s must be a real numeric column vector of at least %d elements, got %s",
             fname, argname, least, valueText (v));
    else
      error ("%s: %s must be a real numeric column vector, got %s", fname, argname, valueText (v));
    endif
  endif
  v = double (v);
endfunction
