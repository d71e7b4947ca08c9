## Course-style z-scores of each column (broadcasting, no checks).
function [X_norm, mu, sigma] = course_featureNormalize (X)
  mu = mean (X);
  sigma = std (X);
  X_norm = (X - mu) ./ sigma;
endfunction
