## -*- texinfo -*-
## @deftypefn {} {@var{centroids} =} computeCentroids (@var{X}, @var{idx}, @var{K})
## The mean of the rows of @var{X} assigned to each of the @var{K} centroids:
##
## @example
## centroids(k,:) = mean (X(idx == k, :), 1)
## @end example
##
## @noindent
## @var{X} is m-by-n, @var{idx} m-by-1 of cluster indices from 1 to
## @var{K} (as findClosestCentroids gives them); @var{centroids} is
## K-by-n.  A centroid no row is assigned to gets a row of NaN: the mean of
## none is 0/0, as @code{mean (zeros (0, n), 1)} gives it.  The mean is
## taken down the rows (dimension 1) even when a single row is assigned, whose
## mean is that row (@code{mean} without a dimension would average along it).
## @seealso{findClosestCentroids, runkMeans}
## @end deftypefn
function centroids = computeCentroids (X, idx, K)
  if (nargin != 3)
    print_usage ();
  endif
  X = checkMatrix ("computeCentroids", "X", X);
  K = checkCount ("computeCentroids", "K", K, 1, "CENTROIDS", columns (X));
  idx = checkKMeansIndex ("computeCentroids", idx, X, K);

  centroids = zeros (K, columns (X));
  for k = 1:K
    centroids(k, :) = mean (X(idx == k, :), 1);
  endfor
endfunction

%!test
%! ## Each centroid is the mean of its rows.
%! X = [1 2; 3 4; 10 10; 12 8; 5 -1];
%! assert (computeCentroids (X, [1; 1; 2; 2; 3], 3), [2 3; 11 9; 5 -1])

%!test
%! ## A centroid with no rows gets NaN (0/0), one with a single row that row.
%! X = [1 2 3; 4 5 6];
%! assert (computeCentroids (X, [3; 3], 3), [NaN NaN NaN; NaN NaN NaN; 2.5 3.5 4.5])
%! assert (computeCentroids (X, [2; 1], 2), [4 5 6; 1 2 3])
%! assert (computeCentroids ([7 8], 1, 1), [7 8])

%!test
%! ## The mean is the sum, one row after another, over the count.
%! X = [0.1; 0.2; 0.3; 0.4];
%! assert (computeCentroids (X, [1; 1; 1; 2], 2), [(0.1 + 0.2 + 0.3) / 3; 0.4])

%!test
%! ## It undoes findClosestCentroids' assignment of points lying exactly on the centroids.
%! C = [0 0; 4 4; -3 5];
%! X = [C; C; C];
%! assert (computeCentroids (X, findClosestCentroids (X, C), 3), C)

%!test
%! ## Integer, single and logical inputs are their values as doubles; NaN stays with its centroid.
%! X = [1 2; 3 4; 5 6];
%! assert (computeCentroids (int16 (X), int8 ([1; 2; 1]), single (2)), [3 4; 3 4])
%! assert (computeCentroids (X, logical ([1; 1; 1]), 1), [3 4])
%! assert (computeCentroids ([1 NaN; 2 3], [1; 2], 2), [1 NaN; 2 3])

## Test input validation
%!error <Invalid call> computeCentroids (1, 1)
%!error <K must be a positive integer, got 0> computeCentroids (ones (3, 2), [1; 1; 1], 0)
%!error <K must be a positive integer, got 1.5> computeCentroids (ones (3, 2), [1; 1; 1], 1.5)
%!error <IDX must be an M-by-1 column \(X is 3x2, so M = 3; IDX is 1x3\)> computeCentroids (ones (3, 2), [1 1 1], 2)
%!error <IDX must be the index of one of the K = 2 centroids in each element, but its 2nd element is not> computeCentroids (ones (3, 2), [1; 3; 1], 2)
%!error <its 3rd element is not> computeCentroids (ones (3, 2), [1; 2; 1.5], 2)
%!error <its 1st element is not> computeCentroids (ones (3, 2), [NaN; 2; 1], 2)
%!error <its 2nd element is not> computeCentroids (ones (3, 2), [1; 0; 1], 2)
%!error <K is too large \(1e\+10\): CENTROIDS would have 2e\+10 elements> computeCentroids (ones (3, 2), [1; 1; 1], 1e10)
