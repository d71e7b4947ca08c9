## -*- texinfo -*-
## @deftypefn  {} {@var{k} =} checkCount (@var{fname}, @var{argname}, @var{k})
## @deftypefnx {} {@var{k} =} checkCount (@var{fname}, @var{argname}, @var{k}, @var{least})
## @deftypefnx {} {@var{k} =} checkCount (@var{fname}, @var{argname}, @var{k}, @var{least}, @var{arrayname}, @var{per})
## @deftypefnx {} {@var{k} =} checkCount (@var{fname}, @var{argname}, @var{k}, @var{least}, @var{arrayname}, @var{per}, @var{plus})
## Refuse anything but a whole number of at least @var{least} (1, the
## default: a positive integer; or 0: a non-negative integer) for
## @var{argname}.  An integral double such as 5 is a whole number; Inf is not.
##
## With @var{arrayname}, @var{k} sizes that array, which has (@var{k} +
## @var{plus}) * @var{per} elements (@var{plus}, default 0: a bias row or
## column that @var{k} does not count; @var{per}, default 1: the product of
## its other dimensions, already checked, or their least); a @var{k} that would
## make it hold more than 2^31-1 elements (on every machine) is refused before
## anything is allocated.  Return @var{k} as a double, so that sizes computed from it
## never saturate in an integer class.
## @end deftypefn
function k = checkCount (fname, argname, k, least = 1, arrayname = "", per = 1, plus = 0)
  if (! ((isnumeric (k) || islogical (k)) && isreal (k) && isscalar (k) && isfinite (k)
         && k == fix (k) && k >= least))
    if (least == 0)
      what = "a non-negative integer";
    else
      what = "a positive integer";
    endif
    error ("%s: %s must be %s, got %s", fname, argname, what, valueText (k));
  endif
  if (! isempty (arrayname) && (double (k) + plus) * double (per) > 2^31 - 1)
    error ("%s: %s is too large (%g): %s would have %g elements, more than 2^31-1",
           fname, argname, double (k), arrayname, (double (k) + plus) * double (per));
  endif
  k = double (k);
endfunction
