## [mu, sigma] = xc_column_stats (X): the mean and standard deviation of each column (for the doctor's tests).
function [mu, sigma] = xc_column_stats (X)
  mu = mean (X);
  sigma = std (X);
endfunction
