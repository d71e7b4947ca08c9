## -*- texinfo -*-
## @deftypefn {} {[@var{Y}, @var{R}] =} checkRecommenderRatings (@var{fname}, @var{Y}, @var{R})
## Check a ratings matrix @var{Y} (num_movies-by-num_users, real; what stands
## where no rating was given is not read) and its indicator @var{R} (the same
## size, 1 where a user rated a movie, 0 elsewhere; logical or numeric).
## Return @var{Y} as a double and @var{R} as a logical matrix.
## @end deftypefn
function [Y, R] = checkRecommenderRatings (fname, Y, R)
  Y = checkMatrix (fname, "Y", Y);
  if (! ((isnumeric (R) || islogical (R)) && isreal (R) && ismatrix (R)))
    error ("%s: R must be a real numeric matrix, got %s", fname, valueText (R));
  endif
  if (! size_equal (R, Y))
    error ("%s: R must have the size of Y (Y is %s; R is %s)", fname, shapeText (Y), shapeText (R));
  endif
  k = find (R != 0 & R != 1, 1);
  if (! isempty (k))
    error ("%s: R must hold 0 and 1 only (rated or not), but its %s element is %g",
           fname, ordinalText (k), double (R(k)));
  endif
  R = logical (R);
endfunction
