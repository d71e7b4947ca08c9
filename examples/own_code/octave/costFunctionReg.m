## -*- texinfo -*-
## @deftypefn {} {[@var{J}, @var{grad}] =} costFunctionReg (@var{theta}, @var{X}, @var{y}, @var{lambda})
## Cost and gradient of regularised logistic regression: the intercept
## @var{theta}(1) is not regularised.  Your own function, as a course
## assignment would have it: in your cases it stands in for the project's
## original of the same name.
## @end deftypefn
function [J, grad] = costFunctionReg (theta, X, y, lambda)
  m = rows (X);
  h = 1 ./ (1 + exp (-X * theta));
  J = (-y' * log (h) - (1 - y)' * log (1 - h)) / m ...
      + lambda / (2 * m) * sum (theta(2:end) .^ 2);
  grad = X' * (h - y) / m;
  grad(2:end) += lambda / m * theta(2:end);
endfunction

%!test
%! [J, grad] = costFunctionReg ([0; 0], [1 1; 1 2], [1; 0], 1);
%! assert (J, log (2), eps)
%! assert (grad, [0; 0.25], eps)
