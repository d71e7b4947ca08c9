## J = xc_zscore_cost (X, y, theta): the squared-error cost of a fit on the standardised columns of X
## (std divides by N-1): a function that uses std inside (for the doctor's tests).
function J = xc_zscore_cost (X, y, theta)
  Xn = (X - mean (X)) ./ std (X);
  r = Xn * theta - y;
  J = (r' * r) / (2 * rows (X));
endfunction
