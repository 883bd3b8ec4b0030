# syntax=docker/dockerfile:1
# `seabed-cls train` in a container (Vertex AI custom jobs, any GPU machine), non-root.
# Arguments after the image name are `seabed-cls train` options, e.g.
#   docker run --gpus all -v "$PWD/data:/data:ro" -v "$PWD/models:/home/seabed/models" seabed-cls-train \
#     --config configs/default.yaml --data /data
# Docs: nbs/22_cloud.ipynb.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_ROOT_USER_ACTION=ignore
# The install of scripts/setup.sh, with the same lock (requirements/constraints.txt): torch and torchvision first, from
# PyPI (its Linux wheels bring CUDA), then the package with its `train` extra (no service, DVC or dev tools).
COPY requirements/constraints.txt /src/requirements/
RUN groupadd --gid 10001 seabed && useradd --uid 10001 --gid 10001 --create-home seabed \
 && pip install --no-cache-dir -c /src/requirements/constraints.txt torch torchvision
COPY pyproject.toml README.md LICENSE /src/
COPY seabed_cls/ /src/seabed_cls/
RUN pip install --no-cache-dir -c /src/requirements/constraints.txt '/src[train]' && rm -rf /src

# ImageNet weights of the default config's arch, in torch's cache where seabed_cls.model looks (hash-checked).
ENV TORCH_HOME=/opt/torch
RUN python -c "from seabed_cls.model import ARCHS; ARCHS['resnet18'].get_state_dict(progress=False, check_hash=True)"

USER 10001:10001
WORKDIR /home/seabed
COPY --chown=10001:10001 configs/ configs/
ENTRYPOINT ["seabed-cls", "train"]
CMD ["--config", "configs/default.yaml"]
