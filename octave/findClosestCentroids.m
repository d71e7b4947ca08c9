## -*- texinfo -*-
## @deftypefn {} {@var{idx} =} findClosestCentroids (@var{X}, @var{centroids})
## The index of the centroid closest to each row of @var{X}:
##
## @example
## idx(i) = argmin_k sum ((X(i,:) - centroids(k,:)).^2)
## @end example
##
## @noindent
## @var{X} is m-by-n, @var{centroids} K-by-n (one centroid a row);
## @var{idx} is m-by-1, each element an integer from 1 to K.  Distances are
## squared Euclidean, each summed over the columns one after another.  A tie
## goes to the first of the centroids at the least distance, as @code{min}
## gives it; NaN distances are passed over (a row of NaN distances, from a
## NaN in that row of @var{X}, goes to centroid 1).
## @seealso{computeCentroids, runkMeans}
## @end deftypefn
function idx = findClosestCentroids (X, centroids)
  if (nargin != 2)
    print_usage ();
  endif
  [X, centroids] = checkKMeansCentroids ("findClosestCentroids", X, "CENTROIDS", centroids);

  K = rows (centroids);
  D = zeros (rows (X), K);
  for k = 1:K
    D(:, k) = sum ((X - centroids(k, :)) .^ 2, 2);
  endfor
  [~, idx] = min (D, [], 2);
endfunction

%!test
%! ## Each point goes to the centroid it lies nearest to.
%! X = [1 1; 1.2 0.8; 5 5; 4.8 5.3; -3 0];
%! centroids = [5 5; 1 1; -3 0.5];
%! assert (findClosestCentroids (X, centroids), [2; 2; 1; 1; 3])

%!test
%! ## The course's first centroids [3 3; 6 2; 8 5] on a few points of its kind: the distances
%! ## (by hand) pick 1, 3, 2.
%! X = [1.84 4.61; 5.66 4.80; 6.35 3.29];
%! assert (findClosestCentroids (X, [3 3; 6 2; 8 5]), [1; 3; 2])

%!test
%! ## A tie goes to the first centroid; a column, shape m-by-1, even for one point.
%! assert (findClosestCentroids ([0 0], [1 0; -1 0; 0 1]), 1)
%! assert (findClosestCentroids ([0 0; 2 0], [1 0; 1 0]), [1; 1])
%! assert (size (findClosestCentroids (ones (4, 3), ones (2, 3))), [4, 1])

%!test
%! ## NaN distances are passed over, as by min; a NaN row of X goes to centroid 1.
%! assert (findClosestCentroids ([NaN 0; 0 0], [1 1; 0 0]), [1; 2])
%! assert (findClosestCentroids ([0 0], [NaN 0; 5 5]), 2)
%! assert (findClosestCentroids ([Inf 0], [1 1; 0 0]), 1)

%!test
%! ## One centroid: every row is 1.
%! assert (findClosestCentroids (randn (5, 2), [0 0]), ones (5, 1))

%!test
%! ## Integer, single and logical inputs are their values as doubles.
%! X = [1 2; 3 4; -1 0];
%! C = [0 0; 3 3];
%! assert (findClosestCentroids (int8 (X), single (C)), findClosestCentroids (X, C))
%! assert (findClosestCentroids (logical ([1 0; 0 1]), [1 0; 0 1]), [1; 2])

## Test input validation
%!error <Invalid call> findClosestCentroids (1)
%!error <CENTROIDS must have one column for each column of X \(X is 3x2, CENTROIDS is 2x3\)> findClosestCentroids (ones (3, 2), ones (2, 3))
%!error <X must be a real numeric matrix, got "a"> findClosestCentroids ("a", 1)
%!error <CENTROIDS must have at least one row and one column \(CENTROIDS is 0x2\)> findClosestCentroids (ones (3, 2), zeros (0, 2))
