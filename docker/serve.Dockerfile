# syntax=docker/dockerfile:1
# The seabed-cls service: `seabed-cls serve` on 0.0.0.0:$PORT (Cloud Run sets PORT; 8080 otherwise), non-root.
# The model is SEABED_CLS_MODEL: a checkpoint path (mounted, or baked in with docker/model.Dockerfile) or a W&B
# artifact ref entity/project/name:alias (then also set WANDB_API_KEY).
#   docker build -f docker/serve.Dockerfile -t seabed-cls-serve .
#   docker run -p 8080:8080 -v "$PWD/models/RUN:/models:ro" -e SEABED_CLS_MODEL=/models/best.ckpt seabed-cls-serve
# Docs: nbs/15_cloud.ipynb.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_ROOT_USER_ACTION=ignore
# torch first, at the versions scripts/setup.sh pins (nbs/15_cloud.ipynb tests they are equal), from PyTorch's
# CPU index: the CUDA build and its libraries would add gigabytes that a CPU service never uses.
RUN groupadd --gid 10001 seabed && useradd --uid 10001 --gid 10001 --create-home seabed \
 && pip install --no-cache-dir --index-url https://download.pytorch.org/whl/cpu torch==2.14.1 torchvision==0.29.1
# then the package itself (without the dev tools of `.[dev]`)
COPY pyproject.toml README.md /src/
COPY seabed_cls/ /src/seabed_cls/
RUN pip install --no-cache-dir /src && rm -rf /src

USER 10001:10001
WORKDIR /home/seabed
ENV PORT=8080 SEABED_CLS_MODEL=/models/best.ckpt SEABED_CLS_WORKERS=1
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --start-interval=2s --retries=3 \
  CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/health' % os.environ.get('PORT', '8080'), timeout=4)"]
CMD ["sh", "-c", "exec seabed-cls serve --model \"$SEABED_CLS_MODEL\" --host 0.0.0.0 --port \"$PORT\" --workers \"$SEABED_CLS_WORKERS\""]
