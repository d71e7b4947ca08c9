## -*- texinfo -*-
## @deftypefn {} {[@var{J}, @var{grad}] =} cofiCostFunc (@var{params}, @var{Y}, @var{R}, @var{num_users}, @var{num_movies}, @var{num_features}, @var{lambda})
## Cost and gradient of collaborative filtering, the low-rank model
## @code{Y ~ X * Theta'} fitted to the ratings given:
##
## @example
## E = (X * Theta' - Y) .* R
## J = sum (sum (E .^ 2)) / 2 + lambda / 2 * (sum (sum (X .^ 2)) + sum (sum (Theta .^ 2)))
## X_grad = E * Theta + lambda * X
## Theta_grad = E' * X + lambda * Theta
## grad = [X_grad(:); Theta_grad(:)]
## @end example
##
## @noindent
## @var{params} unrolls, column-major, the movies' features @var{X}
## (num_movies-by-num_features) and then the users' parameters @var{Theta}
## (num_users-by-num_features); @var{grad} is unrolled the same way.  @var{Y}
## is num_movies-by-num_users, @var{R} of its size, 1 where user j rated movie
## i (logical or 0/1).  Only rated entries count, through the product with
## @var{R}: an unrated entry of @var{Y} may hold anything finite (a NaN or Inf
## there gives NaN, as 0 * NaN is NaN).
## @seealso{normalizeRatings, fmincg, computeNumericalGradient}
## @end deftypefn
function [J, grad] = cofiCostFunc (params, Y, R, num_users, num_movies, num_features, lambda)
  if (nargin != 7)
    print_usage ();
  endif
  [X, Theta, Y, R] = checkRecommenderArgs ("cofiCostFunc", params, Y, R, num_users, num_movies, num_features);
  lambda = checkScalar ("cofiCostFunc", "LAMBDA", lambda);

  E = (X * Theta' - Y) .* R;
  J = sum (sum (E .* E)) / 2 + (lambda / 2) * (sum (sum (X .* X)) + sum (sum (Theta .* Theta)));
  X_grad = E * Theta + lambda * X;
  Theta_grad = E' * X + lambda * Theta;
  grad = [X_grad(:); Theta_grad(:)];
endfunction

%!shared X, Theta, Y, R, params
%! X = [1.0 0.5; -0.3 2.0; 0.8 -1.1];
%! Theta = [0.4 -0.2; 1.5 0.7];
%! Y = [4 0; 0 2; 5 1];
%! R = logical ([1 0; 0 1; 1 1]);
%! params = [X(:); Theta(:)];

%!test
%! ## Hand values: only the rated entries count, the squared errors halved.
%! E = (X * Theta' - Y) .* R;
%! J = cofiCostFunc (params, Y, R, 2, 3, 2, 0);
%! assert (J, ((0.4 - 0.1 - 4)^2 + (-0.45 + 1.4 - 2)^2 + (0.32 + 0.22 - 5)^2 + (1.2 - 0.77 - 1)^2) / 2, 1e-14)

%!test
%! ## The penalty adds lambda/2 times every squared parameter, of X and Theta alike.
%! J0 = cofiCostFunc (params, Y, R, 2, 3, 2, 0);
%! J1 = cofiCostFunc (params, Y, R, 2, 3, 2, 1.5);
%! assert (J1 - J0, 0.75 * sum (params .^ 2), 1e-13)

%!test
%! ## The gradient is the gradient of J (central differences), unrolled as params is.
%! for lambda = [0, 1.5]
%!   [~, grad] = cofiCostFunc (params, Y, R, 2, 3, 2, lambda);
%!   numgrad = computeNumericalGradient (@(t) cofiCostFunc (t, Y, R, 2, 3, 2, lambda), params);
%!   assert (size (grad), [10 1])
%!   assert (grad, numgrad, 1e-8)
%! endfor

%!test
%! ## What stands in an unrated entry of Y is never read; a 0/1 R is a logical one.
%! Y2 = Y;
%! Y2(! R) = 99;
%! [J, grad] = cofiCostFunc (params, Y, R, 2, 3, 2, 1);
%! [J2, grad2] = cofiCostFunc (params, Y2, double (R), 2, 3, 2, 1);
%! assert ([J2; grad2], [J; grad])

%!test
%! ## Nothing rated: only the penalty, and a gradient of lambda * params.
%! [J, grad] = cofiCostFunc (params, Y, false (3, 2), 2, 3, 2, 2);
%! assert (J, sum (params .^ 2), 1e-14)
%! assert (grad, 2 * params)

%!test
%! ## Integer and single arguments are their values as doubles.
%! [J, grad] = cofiCostFunc (params, int8 (Y), R, int16 (2), 3, single (2), int32 (1));
%! [J0, grad0] = cofiCostFunc (params, Y, R, 2, 3, 2, 1);
%! assert ([J; grad], [J0; grad0])

## Test input validation
%!error <Invalid call> cofiCostFunc (1, 2, 3, 4, 5, 6)
%!error <cofiCostFunc: NUM_USERS must be a positive integer, got 0> cofiCostFunc (zeros (4, 1), 1, 1, 0, 1, 1, 0)
%!error <cofiCostFunc: NUM_MOVIES must be a positive integer, got 1.5> cofiCostFunc (zeros (4, 1), 1, 1, 1, 1.5, 1, 0)
%!error <cofiCostFunc: NUM_FEATURES must be a positive integer, got "a"> cofiCostFunc (zeros (4, 1), 1, 1, 1, 1, "a", 0)
%!error <cofiCostFunc: PARAMS must be a real numeric column, got an array of size 1x2> cofiCostFunc ([0 0], 1, 1, 1, 1, 1, 0)
%!error <PARAMS must have \(NUM_MOVIES \+ NUM_USERS\) \* NUM_FEATURES = 10 elements, got 9> cofiCostFunc (zeros (9, 1), ones (3, 2), true (3, 2), 2, 3, 2, 0)
%!error <cofiCostFunc: Y must be NUM_MOVIES-by-NUM_USERS \(NUM_MOVIES is 3, NUM_USERS is 2; Y is 2x3\)> cofiCostFunc (zeros (10, 1), ones (2, 3), true (2, 3), 2, 3, 2, 0)
%!error <cofiCostFunc: R must have the size of Y \(Y is 3x2; R is 2x3\)> cofiCostFunc (zeros (10, 1), ones (3, 2), true (2, 3), 2, 3, 2, 0)
%!error <cofiCostFunc: R must hold 0 and 1 only \(rated or not\), but its 2nd element is 5> cofiCostFunc (zeros (10, 1), ones (3, 2), [1 1; 5 0; 1 0], 2, 3, 2, 0)
%!error <cofiCostFunc: R must be a real numeric matrix, got "r"> cofiCostFunc (zeros (10, 1), ones (3, 2), "r", 2, 3, 2, 0)
%!error <cofiCostFunc: LAMBDA must be a real scalar, got an array of size 1x2> cofiCostFunc (zeros (10, 1), ones (3, 2), true (3, 2), 2, 3, 2, [1 2])
