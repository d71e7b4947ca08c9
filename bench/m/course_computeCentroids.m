## Course-style centroid means (ex7), no checks: a loop over the centroids.
function centroids = course_computeCentroids (X, idx, K)
  centroids = zeros (K, columns (X));
  for k = 1:K
    centroids(k, :) = mean (X(idx == k, :), 1);
  endfor
endfunction
