## -*- texinfo -*-
## @deftypefn {} {[@var{Ynorm}, @var{Ymean}] =} normalizeRatings (@var{Y}, @var{R})
## Centre each movie's ratings on their mean: @var{Ymean}(i) is the mean of
## the ratings movie i was given (the entries of row i of @var{Y} where
## @var{R} is 1), and @var{Ynorm} is @var{Y} minus that mean at those entries
## and 0 everywhere else.
##
## @var{Y} is num_movies-by-num_users, @var{R} of its size, 1 where a user
## rated a movie (logical or 0/1); @var{Ymean} is num_movies-by-1.  The
## collaborative-filtering exercise trains on @var{Ynorm} and adds @var{Ymean}
## back to its predictions, so that a user who rated nothing is predicted each
## movie's mean rating.
##
## A movie no one rated has no mean: it is refused, naming the movie.  (The
## course's own loop takes @code{mean} of the empty set of ratings: NaN in
## MATLAB; in Octave 7 a 1-by-0 that cannot be assigned, an error.)
## @seealso{cofiCostFunc}
## @end deftypefn
function [Ynorm, Ymean] = normalizeRatings (Y, R)
  if (nargin != 2)
    print_usage ();
  endif
  [Y, R] = checkRecommenderRatings ("normalizeRatings", Y, R);
  unrated = find (! any (R, 2), 1);
  if (! isempty (unrated))
    error ("normalizeRatings: the %s movie has no ratings (its row of R is all 0): it has no mean rating",
           ordinalText (unrated));
  endif

  num_movies = rows (Y);
  Ymean = zeros (num_movies, 1);
  Ynorm = zeros (size (Y));
  for i = 1:num_movies
    rated = R(i, :);
    Ymean(i) = mean (Y(i, rated));
    Ynorm(i, rated) = Y(i, rated) - Ymean(i);
  endfor
endfunction

%!test
%! ## Hand values: each movie's mean over its rated entries only.
%! Y = [5 4 0; 0 1 3; 2 0 0];
%! R = logical ([1 1 0; 0 1 1; 1 0 0]);
%! [Ynorm, Ymean] = normalizeRatings (Y, R);
%! assert (Ymean, [4.5; 2; 2])
%! assert (Ynorm, [0.5 -0.5 0; 0 -1 1; 0 0 0])

%!test
%! ## What stands in unrated entries is never read, NaN included; rated entries average to 0
%! ## after centring.
%! Y = [3 NaN 4; 1 2 NaN];
%! R = [1 0 1; 1 1 0];
%! [Ynorm, Ymean] = normalizeRatings (Y, R);
%! assert (Ymean, [3.5; 1.5])
%! assert (Ynorm, [-0.5 0 0.5; -0.5 0.5 0])
%! assert (sum (Ynorm, 2), [0; 0])

%!test
%! ## The mean is Octave's (a sum along the row, then a division): equal to mean () of the
%! ## rated entries, bit for bit.
%! Y = [0.1 0.2 0.7 0.3 0.9 0.4 0.6 0.5 0.8 1.1];
%! [~, Ymean] = normalizeRatings (Y, true (1, 10));
%! assert (Ymean, mean (Y))

%!test
%! ## Integer and single ratings are their values as doubles; R may be 0/1.
%! [Ynorm, Ymean] = normalizeRatings (int8 ([1 3; 2 0]), [1 1; 1 0]);
%! assert (Ymean, [2; 2])
%! assert (Ynorm, [-1 1; 0 0])
%! assert (class (Ynorm), "double")

## Test input validation
%!error <Invalid call> normalizeRatings (1)
%!error <normalizeRatings: Y must be a real numeric matrix, got "y"> normalizeRatings ("y", true)
%!error <normalizeRatings: Y must have at least one row and one column \(Y is 0x2\)> normalizeRatings (zeros (0, 2), zeros (0, 2))
%!error <normalizeRatings: R must have the size of Y \(Y is 2x2; R is 1x2\)> normalizeRatings (ones (2), [1 1])
%!error <normalizeRatings: R must hold 0 and 1 only \(rated or not\), but its 4th element is -1> normalizeRatings (ones (2), [1 1; 1 -1])
%!error <normalizeRatings: the 2nd movie has no ratings \(its row of R is all 0\): it has no mean rating> normalizeRatings (ones (3, 2), [1 0; 0 0; 0 0])
