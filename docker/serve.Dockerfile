# syntax=docker/dockerfile:1
# The seabed-cls service: `seabed-cls serve` on 0.0.0.0:$PORT (Cloud Run sets PORT; 8080 otherwise), non-root.
# The model is SEABED_CLS_MODEL: a checkpoint path (mounted, or baked in with docker/model.Dockerfile) or a W&B
# artifact ref entity/project/name:alias (then also set WANDB_API_KEY). SEABED_CLS_SERVE_ARGS: more `seabed-cls serve`
# options, split into words (e.g. "--jobs-disk-mb 1024 --metrics-port 9090"); SEABED_CLS_API_KEY (read by the server
# itself): the API key that callers must send as `Authorization: Bearer <key>`.
#   docker build -f docker/serve.Dockerfile -t seabed-cls-serve .
#   docker run -p 8080:8080 -v "$PWD/models/RUN:/models:ro" -e SEABED_CLS_MODEL=/models/best.ckpt seabed-cls-serve
# Docs: nbs/22_cloud.ipynb.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_ROOT_USER_ACTION=ignore
# Every version comes from the project's one lock, requirements/constraints.txt (what `make test` ran with).
# torch and torchvision first, alone, from PyTorch's CPU index: the CUDA build and its libraries would add gigabytes
# that a CPU service never uses. The lock's `torch==X` admits the CPU build `X+cpu`; their own dependencies come
# from PyPI with the package, at the lock's versions.
COPY requirements/constraints.txt /src/requirements/
RUN groupadd --gid 10001 seabed && useradd --uid 10001 --gid 10001 --create-home seabed \
 && pip install --no-cache-dir --no-deps --index-url https://download.pytorch.org/whl/cpu \
      -c /src/requirements/constraints.txt torch torchvision
# then the package with its `serve` extra only: no training stack (W&B, matplotlib, jsonargparse), DVC or dev tools
COPY pyproject.toml README.md LICENSE /src/
COPY seabed_cls/ /src/seabed_cls/
RUN pip install --no-cache-dir -c /src/requirements/constraints.txt '/src[serve]' && rm -rf /src

USER 10001:10001
WORKDIR /home/seabed
ENV PORT=8080 SEABED_CLS_MODEL=/models/best.ckpt SEABED_CLS_WORKERS=1 SEABED_CLS_SERVE_ARGS=
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --start-interval=2s --retries=3 \
  CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/health' % os.environ.get('PORT', '8080'), timeout=4)"]
CMD ["sh", "-c", "exec seabed-cls serve --model \"$SEABED_CLS_MODEL\" --host 0.0.0.0 --port \"$PORT\" --workers \"$SEABED_CLS_WORKERS\" $SEABED_CLS_SERVE_ARGS"]
