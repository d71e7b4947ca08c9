## -*- texinfo -*-
## @deftypefn {} {@var{model} =} svmSmo (@var{fname}, @var{X}, @var{Y}, @var{C}, @var{kernelFunction}, @var{tol}, @var{max_passes}, @var{draws})
## The simplified SMO algorithm of svmTrain, on arguments already checked
## (checkSvmTrainArgs): @var{Y} of 0 and 1, @var{draws} a column (empty: draw
## with @code{rand ()}).  @var{fname} leads the messages of what only training
## can find out (a kernel's value that is not a scalar, draws run out), so that
## dataset3Params reports them as its own.
## @end deftypefn
function model = svmSmo (fname, X, Y, C, kernelFunction, tol, max_passes, draws)
  m = rows (X);
  Y = 2 * Y - 1;  # labels 0 and 1 as -1 and 1

  ## The kernel matrix, once.
  name = func2str (kernelFunction);
  if (strcmp (name, "linearKernel"))
    K = X * X';
  elseif (! isempty (strfind (name, "gaussianKernel")))
    sq = sum (X .^ 2, 2);
    D = sq + (sq' - 2 * (X * X'));
    K = checkScalar (fname, "the kernel's value", kernelFunction (1, 0)) .^ D;
  else
    K = zeros (m);
    for i = 1:m
      for j = i:m
        K(i, j) = checkScalar (fname, "the kernel's value", kernelFunction (X(i, :)', X(j, :)'));
        K(j, i) = K(i, j);
      endfor
    endfor
  endif

  alphas = zeros (m, 1);
  b = 0;
  E = zeros (m, 1);
  used = 0;  # draws taken so far
  passes = 0;
  while (passes < max_passes)
    changed = 0;
    for i = 1:m
      E(i) = b + sum (alphas .* Y .* K(:, i)) - Y(i);
      if (! ((Y(i) * E(i) < -tol && alphas(i) < C) || (Y(i) * E(i) > tol && alphas(i) > 0)))
        continue;
      endif
      ## The second example: j = ceil (m * u), again while it is i.
      j = i;
      while (j == i)
        if (isempty (draws))
          u = rand ();
        elseif (used < numel (draws))
          used++;
          u = draws(used);
        else
          error ("%s: DRAWS ran out: draw %d was needed, and DRAWS holds %d", fname, used + 1, numel (draws));
        endif
        j = max (ceil (m * u), 1);
      endwhile
      E(j) = b + sum (alphas .* Y .* K(:, j)) - Y(j);
      ai_old = alphas(i);
      aj_old = alphas(j);

      ## The box alphas(j) must stay in, so that the pair keeps sum (alphas .* Y).
      if (Y(i) == Y(j))
        L = max (0, alphas(j) + alphas(i) - C);
        H = min (C, alphas(j) + alphas(i));
      else
        L = max (0, alphas(j) - alphas(i));
        H = min (C, C + alphas(j) - alphas(i));
      endif
      if (L == H)
        continue;
      endif
      eta = 2 * K(i, j) - K(i, i) - K(j, j);
      if (eta >= 0)
        continue;
      endif

      alphas(j) = alphas(j) - Y(j) * (E(i) - E(j)) / eta;
      alphas(j) = max (L, min (H, alphas(j)));
      if (abs (alphas(j) - aj_old) < tol)
        alphas(j) = aj_old;
        continue;
      endif
      alphas(i) = alphas(i) + Y(i) * Y(j) * (aj_old - alphas(j));

      b1 = b - E(i) - Y(i) * (alphas(i) - ai_old) * K(i, j) - Y(j) * (alphas(j) - aj_old) * K(i, j);
      b2 = b - E(j) - Y(i) * (alphas(i) - ai_old) * K(i, j) - Y(j) * (alphas(j) - aj_old) * K(j, j);
      if (0 < alphas(i) && alphas(i) < C)
        b = b1;
      elseif (0 < alphas(j) && alphas(j) < C)
        b = b2;
      else
        b = (b1 + b2) / 2;
      endif
      changed++;
    endfor
    if (changed == 0)
      passes++;
    else
      passes = 0;
    endif
  endwhile

  sv = alphas > 0;
  model.X = X(sv, :);
  model.y = Y(sv);
  model.kernelFunction = kernelFunction;
  model.b = b;
  model.alphas = alphas(sv);
  model.w = ((alphas .* Y)' * X)';
endfunction
