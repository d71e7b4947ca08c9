## Course-style nearest centroid of each row (ex7), no checks: a loop over the centroids.
function idx = course_findClosestCentroids (X, centroids)
  K = rows (centroids);
  D = zeros (rows (X), K);
  for k = 1:K
    D(:, k) = sum ((X - centroids(k, :)) .^ 2, 2);
  endfor
  [~, idx] = min (D, [], 2);
endfunction
