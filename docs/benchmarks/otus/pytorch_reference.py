"""The OTUS Z -> ee networks in Python PyTorch, timed like 'otusj benchmark': the same shapes, layers and
thread count, so both sides can be compared in one run.

Decoder: conditional Gaussian noise network (8 -> 128 -> 12, ReLU) and core network (14 -> 128 -> 6, ReLU)
with the input-to-output residual and the Minkowski constraint, on batches of 65,536 events, timed once
as one call per batch and once in chunks of 8,192 events (what otusj does internally).
Training step: encoder and decoder of that shape, loss = mean |x - D(E(x))|^2 + SW(Z, E(X)) over L random
directions, backward and Adam, on Gaussian batches of M events.

Usage: python3 pytorch_reference.py THREADS [M] [L]
"""
import sys
import time

import torch

threads = int(sys.argv[1]) if len(sys.argv) > 1 else 2
batch_size = int(sys.argv[2]) if len(sys.argv) > 2 else 4096
slices = int(sys.argv[3]) if len(sys.argv) > 3 else 128
torch.set_num_threads(threads)
torch.manual_seed(1)


class Generator(torch.nn.Module):
    def __init__(self, inputs, objects, hidden=128):
        super().__init__()
        self.objects = objects
        self.noise_size = 3 * objects
        self.noise = torch.nn.Sequential(torch.nn.Linear(inputs, hidden), torch.nn.ReLU(),
                                         torch.nn.Linear(hidden, 2 * self.noise_size))
        self.core = torch.nn.Sequential(torch.nn.Linear(inputs + self.noise_size, hidden), torch.nn.ReLU(),
                                        torch.nn.Linear(hidden, self.noise_size))
        self.register_buffer("mean", torch.zeros(inputs))
        self.register_buffer("std", torch.ones(inputs))
        self.register_buffer("out_std", torch.ones(self.noise_size))

    def forward(self, x, n):
        u = (x - self.mean) / self.std
        p = self.noise(u)
        eps = p[:, :self.noise_size] + torch.nn.functional.softplus(p[:, self.noise_size:]) * n
        momenta = self.core(torch.cat([u, eps], 1)) * self.out_std
        momenta = momenta + x.view(-1, self.objects, 4)[:, :, :3].reshape(-1, self.noise_size)
        p3 = momenta.view(-1, self.objects, 3)
        energy = (p3 * p3).sum(2, keepdim=True).clamp_min(1e-12).sqrt()
        return torch.cat([p3, energy], 2).view(-1, 4 * self.objects)


def median(values):
    values = sorted(values)
    return values[len(values) // 2]


decoder = Generator(8, 2)
encoder = Generator(8, 2)
z = torch.randn(65536, 8) * 40

with torch.no_grad():
    for chunk in (65536, 8192):
        times = []
        for repeat in range(35):
            start = time.perf_counter()
            outputs = [decoder(z[i:i + chunk], torch.randn(min(chunk, 65536 - i), 6)) for i in range(0, 65536, chunk)]
            torch.cat(outputs).numpy()
            if repeat >= 5:
                times.append(time.perf_counter() - start)
        print("python decoder chunk %d: median %.2f ms per batch = %.3g events/s"
              % (chunk, 1000 * median(times), 65536 / median(times)))

optimizer = torch.optim.Adam(list(encoder.parameters()) + list(decoder.parameters()), lr=1e-3)
x = torch.randn(batch_size, 8) * 40
z_batch = torch.randn(batch_size, 8) * 40


def sliced_wasserstein(a, b):
    theta = torch.randn(a.shape[1], slices)
    theta = theta / theta.norm(dim=0, keepdim=True)
    return ((a @ theta).sort(0)[0] - (b @ theta).sort(0)[0]).pow(2).mean()


times = []
for step in range(60):
    start = time.perf_counter()
    z_tilde = encoder(x, torch.randn(batch_size, 6))
    x_tilde = decoder(z_tilde, torch.randn(batch_size, 6))
    loss = (x - x_tilde).pow(2).sum(1).mean() + sliced_wasserstein(z_batch, z_tilde)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    if step >= 10:
        times.append(time.perf_counter() - start)
print("python training step M=%d L=%d: median %.2f ms" % (batch_size, slices, 1000 * median(times)))
print("python", torch.__version__, "threads", torch.get_num_threads())
