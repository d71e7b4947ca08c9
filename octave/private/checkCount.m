## -*- texinfo -*-
## @deftypefn  {} {@var{k} =} checkCount (@var{fname}, @var{argname}, @var{k})
## @deftypefnx {} {@var{k} =} checkCount (@var{fname}, @var{argname}, @var{k}, @var{least})
## Refuse anything but a whole number of at least @var{least} (1, the
## default: a positive integer; or 0: a non-negative integer) for
## @var{argname}.  An integral double such as 5 is a whole number; Inf is not.
## @end deftypefn
function k = checkCount (fname, argname, k, least = 1)
  if (! (isnumeric (k) && isreal (k) && isscalar (k) && isfinite (k)
         && k == fix (k) && k >= least))
    if (least == 0)
      what = "a non-negative integer";
    else
      what = "a positive integer";
    endif
    error ("%s: %s must be %s, got %s", fname, argname, what, valueText (k));
  endif
endfunction
