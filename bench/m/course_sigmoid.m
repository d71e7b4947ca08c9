## Course-style logistic function.
function g = course_sigmoid (z)
  g = 1 ./ (1 + exp (-z));
endfunction
