## -*- texinfo -*-
## @deftypefn  {} {@var{centroids} =} kMeansInitCentroids (@var{X}, @var{K})
## @deftypefnx {} {@var{centroids} =} kMeansInitCentroids (@var{X}, @var{K}, @var{randidx})
## @var{K} distinct rows of @var{X}, picked at random, as the initial
## centroids of k-means:
##
## @example
## randidx = randperm (rows (X));
## centroids = X(randidx(1:K), :);
## @end example
##
## @noindent
## @var{X} is m-by-n, @var{K} a positive integer no larger than m;
## @var{centroids} is K-by-n.  The draws may be given as @var{randidx}, a
## vector of at least @var{K} elements whose first @var{K} are distinct row
## indices of @var{X} (a @code{randperm (m)} will do); without it they are
## Octave's @code{randperm}, which follows @code{rand}'s state.
## @seealso{runkMeans, randperm}
## @end deftypefn
function centroids = kMeansInitCentroids (X, K, randidx)
  if (nargin < 2 || nargin > 3)
    print_usage ();
  endif
  [X, K] = checkKMeansInitArgs ("kMeansInitCentroids", X, K);
  if (nargin < 3)
    randidx = randperm (rows (X));
  else
    randidx = checkKMeansDraws ("kMeansInitCentroids", randidx, X, K);
  endif

  centroids = X(randidx(1:K), :);
endfunction

%!test
%! ## The given draws pick the rows, in their order; only the first K are used.
%! X = [1 1; 2 2; 3 3; 4 4];
%! assert (kMeansInitCentroids (X, 2, [3 1 4 2]), [3 3; 1 1])
%! assert (kMeansInitCentroids (X, 3, [4; 2; 1]), [4 4; 2 2; 1 1])
%! assert (kMeansInitCentroids (X, 4, int8 ([2 4 1 3])), X([2 4 1 3], :))

%!test
%! ## Without draws: K distinct rows of X, the same as randperm's under the same rand state.
%! X = reshape (1:20, 10, 2);
%! rand ("state", 42);
%! c = kMeansInitCentroids (X, 3);
%! assert (size (c), [3, 2])
%! assert (numel (unique (c(:, 1))), 3)
%! assert (ismember (c, X, "rows"), true (3, 1))
%! rand ("state", 42);
%! p = randperm (10);
%! assert (c, X(p(1:3), :))

%!test
%! ## K = m: a permutation of the rows; integer, single and logical inputs as doubles.
%! X = [1 2; 3 4];
%! assert (kMeansInitCentroids (single (X), int8 (2), [2 1]), [3 4; 1 2])
%! assert (kMeansInitCentroids (logical ([1 0; 0 1]), 1, 2), [0 1])

## Test input validation
%!error <Invalid call> kMeansInitCentroids (1)
%!error <K must be a positive integer, got 0> kMeansInitCentroids (ones (3, 2), 0)
%!error <K must be at most the number of rows of X \(X is 3x2\), got 4> kMeansInitCentroids (ones (3, 2), 4)
%!error <RANDIDX must be a vector of at least K = 2 elements \(RANDIDX is 1x1\)> kMeansInitCentroids (ones (3, 2), 2, 1)
%!error <RANDIDX must be a real numeric vector, got "a"> kMeansInitCentroids (ones (3, 2), 1, "a")
%!error <RANDIDX must hold row indices of X \(X is 3x2\), but its 2nd element is not one> kMeansInitCentroids (ones (3, 2), 2, [1 4 2])
%!error <its 1st element is not one> kMeansInitCentroids (ones (3, 2), 2, [0.5 1 2])
%!error <RANDIDX must not repeat a row among its first K = 3 elements, but its 3rd element does> kMeansInitCentroids (ones (3, 2), 3, [2 1 2])
