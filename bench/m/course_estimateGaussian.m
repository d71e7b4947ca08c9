## Course-style per-feature mean and variance (by m) (ex8), no checks.
function [mu, sigma2] = course_estimateGaussian (X)
  mu = mean (X)';
  sigma2 = var (X, 1)';
endfunction
