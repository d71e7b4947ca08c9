## [J, grad] = xc_ridge (theta, X, y, lambda): regularised linear regression's cost and gradient, the
## intercept theta(1) not regularised (for the doctor's tests).
function [J, grad] = xc_ridge (theta, X, y, lambda)
  m = rows (X);
  r = X * theta - y;
  J = (r' * r) / (2 * m) + lambda / (2 * m) * sum (theta(2:end) .^ 2);
  grad = X' * r / m + lambda / m * [0; theta(2:end)];
endfunction
