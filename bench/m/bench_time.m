## -*- texinfo -*-
## @deftypefn {} {[@var{t}, @var{tc}, @var{d}] =} bench_time (@var{fname}, @var{course}, @var{nout}, @var{nrep}, @dots{})
## Time @code{[out@{1:nout@}] = feval (fname, args@{:@})} @var{nrep} times
## with tic/toc, inside Octave, on the arguments after @var{nrep}; @var{t} is
## the 1-by-nrep row of seconds.  When @var{course} names a function (not
## ""), it is timed the same way on the same arguments (@var{tc}), and @var{d}
## is the largest absolute difference between the two functions' outputs
## (NaN when @var{course} is "", Inf when their sizes differ).
##
## An argument that is a struct with fields @code{handle} (a function name)
## and @code{bound} (a cell) stands for @code{@@(x) feval (handle, x, bound@{:@})}:
## Python cannot send a function handle.  With a field @code{arity} of 2 it is
## a kernel as the course writes it: @code{@@handle}, or with one bound value
## s, @code{@@(x1, x2) handle (x1, x2, s)}.
## @end deftypefn
function [t, tc, d] = bench_time (fname, course, nout, nrep, varargin)
  args = varargin;
  for j = 1:numel (args)
    if (isstruct (args{j}) && isfield (args{j}, "handle"))
      args{j} = make_handle (args{j});
    elseif (isstruct (args{j}))  # a model: its handle fields too
      fields = fieldnames (args{j});
      for f = 1:numel (fields)
        v = args{j}.(fields{f});
        if (isstruct (v) && isfield (v, "handle"))
          args{j}.(fields{f}) = make_handle (v);
        endif
      endfor
    endif
  endfor
  [t, out] = time_it (fname, nout, nrep, args);
  tc = [];
  d = NaN;
  if (! isempty (course))
    [tc, out_c] = time_it (course, nout, nrep, args);
    d = 0;
    for k = 1:nout
      if (! isequal (size (out{k}), size (out_c{k})))
        d = Inf;
      else
        a = double (out{k}(:));
        b = double (out_c{k}(:));
        same_nan = isnan (a) & isnan (b);
        e = abs (a(! same_nan) - b(! same_nan));
        e(isnan (e)) = Inf;             # NaN on one side only
        d = max ([d; e]);
      endif
    endfor
  endif
endfunction

function [t, out] = time_it (fname, nout, nrep, args)
  t = zeros (1, nrep);
  out = cell (1, nout);
  for r = 1:nrep
    t0 = tic ();
    [out{:}] = feval (fname, args{:});
    t(r) = toc (t0);
  endfor
endfunction

function h = make_handle (spec)
  name = spec.handle;
  bound = spec.bound;
  if (! iscell (bound))
    bound = {};
  endif
  if (isfield (spec, "arity") && spec.arity == 2)  # a kernel, as the course's driver writes it
    if (isempty (bound))
      h = str2func (name);
    else
      h = str2func (sprintf ("@(x1, x2) %s (x1, x2, %.17g)", name, bound{1}));
    endif
    return;
  endif
  h = @(x) feval (name, x, bound{:});
endfunction
