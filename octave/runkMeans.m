## -*- texinfo -*-
## @deftypefn  {} {[@var{centroids}, @var{idx}] =} runkMeans (@var{X}, @var{initial_centroids}, @var{max_iters})
## @deftypefnx {} {[@var{centroids}, @var{idx}] =} runkMeans (@var{X}, @var{initial_centroids}, @var{max_iters}, @var{plot_progress})
## K-means clustering of the rows of @var{X}: @var{max_iters} times, assign
## each row to its closest centroid, then move each centroid to the mean of
## its rows:
##
## @example
## centroids = initial_centroids;
## for i = 1:max_iters
##   idx = findClosestCentroids (X, centroids);
##   centroids = computeCentroids (X, idx, K);
## endfor
## @end example
##
## @noindent
## @var{X} is m-by-n, @var{initial_centroids} K-by-n, @var{max_iters} a
## positive integer (at most 2^31-1).  @var{centroids} (K-by-n) are the last computed and
## @var{idx} (m-by-1, from 1 to K) the assignment they were computed from,
## so the two are one step apart.  There is no test of convergence: all
## @var{max_iters} steps are taken.  A centroid that loses all its rows
## becomes NaN and takes no row from then on.
##
## @var{plot_progress} (a real scalar, default false) is accepted for the
## course's calling form and otherwise ignored: nothing is plotted, nor
## printed.
## @seealso{findClosestCentroids, computeCentroids, kMeansInitCentroids}
## @end deftypefn
function [centroids, idx] = runkMeans (X, initial_centroids, max_iters, plot_progress = false)
  if (nargin < 3 || nargin > 4)
    print_usage ();
  endif
  [X, centroids] = checkKMeansCentroids ("runkMeans", X, "INITIAL_CENTROIDS", initial_centroids);
  max_iters = checkKMeansIters ("runkMeans", max_iters);
  checkScalar ("runkMeans", "PLOT_PROGRESS", plot_progress);

  K = rows (centroids);
  for i = 1:max_iters
    idx = findClosestCentroids (X, centroids);
    centroids = computeCentroids (X, idx, K);
  endfor
endfunction

%!test
%! ## Two well separated groups are found from a poor start, in one step or ten.
%! X = [0 0; 0 1; 1 0; 10 10; 10 11; 11 10];
%! [c, idx] = runkMeans (X, [0 0; 1 0], 10);
%! assert (idx, [1; 1; 1; 2; 2; 2])
%! assert (c, [1/3 1/3; 31/3 31/3], 1e-14)
%! [c1, idx1] = runkMeans (X, [0 0; 10 10], 1);
%! assert (c1, c, 1e-14)
%! assert (idx1, idx)

%!test
%! ## One step is findClosestCentroids then computeCentroids; the outputs are one step apart.
%! X = [1 2; 2 1; 4 4; 5 3; 3 5; 0 0];
%! C0 = [0 0; 5 5];
%! [c, idx] = runkMeans (X, C0, 1);
%! assert (idx, findClosestCentroids (X, C0))
%! assert (c, computeCentroids (X, idx, 2))
%! [c2, idx2] = runkMeans (X, C0, 2);
%! assert (idx2, findClosestCentroids (X, c))
%! assert (c2, computeCentroids (X, idx2, 2))

%!test
%! ## The course's calling form with plot_progress (accepted, nothing drawn); logical and integer
%! ## arguments are their values as doubles.
%! X = [0 0; 0 1; 5 5; 5 6];
%! [c, idx] = runkMeans (X, [0 0; 5 5], 3, true);
%! [cd, idxd] = runkMeans (int8 (X), single ([0 0; 5 5]), int32 (3), 0);
%! assert (c, [0 0.5; 5 5.5])
%! assert ([cd, idxd(1:2)], [c, idx(1:2)])

%!test
%! ## A centroid that loses every row becomes NaN, and stays without rows.
%! [c, idx] = runkMeans ([0 0; 1 1], [0 0; 100 100; 0.9 0.9], 3);
%! assert (idx, [1; 3])
%! assert (isnan (c(2, :)), [true true])

## Test input validation
%!error <Invalid call> runkMeans (1, 1)
%!error <MAX_ITERS must be a positive integer, got 0> runkMeans (ones (3, 2), ones (2, 2), 0)
%!error <MAX_ITERS is too large \(1e\+20\): more than 2\^31-1 iterations> runkMeans (ones (3, 2), ones (2, 2), 1e20)
%!error <INITIAL_CENTROIDS must have one column for each column of X \(X is 3x2, INITIAL_CENTROIDS is 2x3\)> runkMeans (ones (3, 2), ones (2, 3), 1)
%!error <PLOT_PROGRESS must be a real scalar, got "yes"> runkMeans (ones (3, 2), ones (2, 2), 1, "yes")
