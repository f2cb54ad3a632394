// Entry of the worker bundle.
import { serve } from "./worker.js";

serve(self as unknown as Parameters<typeof serve>[0]);
