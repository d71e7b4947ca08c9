## -*- texinfo -*-
## @deftypefn {} {[@var{X}, @var{Theta}, @var{Y}, @var{R}] =} checkRecommenderArgs (@var{fname}, @var{params}, @var{Y}, @var{R}, @var{num_users}, @var{num_movies}, @var{num_features})
## Check the arguments of a collaborative-filtering cost: the three sizes
## (positive integers), @var{params} a column of (num_movies + num_users) *
## num_features numbers, @var{Y} num_movies-by-num_users and @var{R} its 0/1
## indicator (checkRecommenderRatings).  Return the movies' features @var{X}
## (num_movies-by-num_features) and the users' parameters @var{Theta}
## (num_users-by-num_features), unrolled column-major from @var{params} in that
## order, @var{Y} as a double and @var{R} as a logical matrix.
## @end deftypefn
function [X, Theta, Y, R] = checkRecommenderArgs (fname, params, Y, R, num_users, num_movies, num_features)
  nu = checkCount (fname, "NUM_USERS", num_users);
  nm = checkCount (fname, "NUM_MOVIES", num_movies);
  nf = checkCount (fname, "NUM_FEATURES", num_features);
  if (! ((isnumeric (params) || islogical (params)) && isreal (params) && iscolumn (params)))
    error ("%s: PARAMS must be a real numeric column, got %s", fname, valueText (params));
  endif
  n = (nm + nu) * nf;
  if (numel (params) != n)
    error ("%s: PARAMS must have (NUM_MOVIES + NUM_USERS) * NUM_FEATURES = %d elements, got %d",
           fname, n, numel (params));
  endif
  Y = checkMatrix (fname, "Y", Y);
  if (! isequal (size (Y), [nm, nu]))
    error ("%s: Y must be NUM_MOVIES-by-NUM_USERS (NUM_MOVIES is %d, NUM_USERS is %d; Y is %s)",
           fname, nm, nu, shapeText (Y));
  endif
  [Y, R] = checkRecommenderRatings (fname, Y, R);
  params = double (params);
  X = reshape (params(1:nm * nf), nm, nf);
  Theta = reshape (params(nm * nf + 1:end), nu, nf);
endfunction
