## -*- texinfo -*-
## @deftypefn {} {@var{draws} =} checkSvmDraws (@var{fname}, @var{draws})
## Check the random draws given to svmTrain or dataset3Params in place of
## @code{rand ()}: empty (then @code{rand ()} draws), or a real vector of
## numbers in [0, 1).  Return them as a double column.
## @end deftypefn
function draws = checkSvmDraws (fname, draws)
  if (isempty (draws) && (isnumeric (draws) || islogical (draws)))
    draws = zeros (0, 1);
    return;
  endif
  if (! ((isnumeric (draws) || islogical (draws)) && isreal (draws) && isvector (draws)))
    error ("%s: DRAWS must be a real numeric vector, got %s", fname, valueText (draws));
  endif
  draws = double (draws(:));
  bad = find (! (draws >= 0 & draws < 1), 1);
  if (! isempty (bad))
    error ("%s: DRAWS must hold numbers in [0, 1), but its %s element is %g",
           fname, ordinalText (bad), draws(bad));
  endif
endfunction
